package dev.checkoutsessions.web.kitreadme;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

import dev.checkoutsessions.web.browser.ThreeDsScript;

@Controller
class CheckoutPageController {

    private final ThreeDsScript script;   // a bean when checkout.browser.enabled is true

    CheckoutPageController(ThreeDsScript script) {
        this.script = script;
    }

    @GetMapping("/checkout")
    String checkout(Model model, @RequestHeader(HttpHeaders.ACCEPT) String accept) {
        model.addAttribute("threeDs", this.script);       // th:src="${threeDs.path}": /checkout-sessions/3ds.js?v=…
        model.addAttribute("acceptHeader", accept);       // this navigation's Accept: 3-D Secure's accept_header
        return "checkout";
    }
}
