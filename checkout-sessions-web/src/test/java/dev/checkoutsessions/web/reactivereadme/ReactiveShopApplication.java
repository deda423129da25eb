package dev.checkoutsessions.web.reactivereadme;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A WebFlux shop: the README's reactive controller and the starter's receivers and browser
 * kit, switched on by the test's properties.
 */
@SpringBootApplication
class ReactiveShopApplication {

}
