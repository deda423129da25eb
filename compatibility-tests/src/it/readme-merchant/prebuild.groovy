// Builds the merchant project from the blocks marked <!-- merchant-project: PATH --> in README.md and in every page
// under docs/ (README first, then the pages by name), exactly as printed. Blocks for one path are joined: a pom.xml's
// dependencies in place of its marker, YAML as documents of one application.yml, anything else one after another.
// Then it does what the README tells a merchant to do: it replaces the two values marked "replace" with its own (the
// starter refuses to start with the docs' placeholders).
def root = new File(readme).parentFile
def pages = [new File(readme)] + ((new File(root, 'docs').listFiles({ it.name.endsWith('.md') } as FileFilter) ?: []) as List).sort { it.name }
def blocks = [:].withDefault { [] }
pages.each { page ->
    (page.getText('UTF-8') =~ /(?s)<!-- merchant-project: (\S+) -->\n```[a-z]*\n(.*?)```/).each { match -> blocks[match[1]] << match[2] }
}
def expected = ['pom.xml', 'src/main/resources/application.yml',
        'src/main/java/com/example/shop/ShopApplication.java', 'src/main/java/com/example/shop/ThreeDsService.java',
        'src/main/java/com/example/shop/AuthenticationOutcomes.java',
        'src/main/java/com/example/shop/CheckoutPageController.java',
        'src/main/java/com/example/shop/PaySessionsController.java',
        'src/test/java/com/example/shop/CheckoutFlowTests.java', 'src/test/java/com/example/shop/RetryTests.java',
        'src/test/java/com/example/shop/CallbackAndWebhookTests.java']
def missing = expected - blocks.keySet()
if (missing) {
    throw new IllegalStateException("README.md and docs/ no longer have the merchant-project blocks " + missing)
}
blocks.each { path, parts ->
    if (path == 'pom.xml') {
        def pom = new File(basedir, 'pom.xml')
        pom.setText(pom.getText('UTF-8').replace('<!-- README dependencies -->', parts.join('')), 'UTF-8')
    }
    else {
        def file = new File(basedir, path)
        file.parentFile.mkdirs()
        def text = parts.join(path.endsWith('.yml') ? '---\n' : '\n')
        if (path.endsWith('application.yml')) {
            def replaced = text.replace('subdomain: xxxxxxxx ', 'subdomain: vkuhvk4v ')
                    .replace('processing-channel-id: pc_xxxxxxxxxxxxxxxxxxxxxxxxxx ', 'processing-channel-id: pc_zs5fqhybzc2e3jmq3efvybybpq ')
            if (replaced == text) {
                throw new IllegalStateException("README.md's settings no longer hold the two values a merchant replaces")
            }
            text = replaced
        }
        file.setText(text, 'UTF-8')
    }
}
def test = blocks['src/test/java/com/example/shop/CheckoutFlowTests.java'].join('\n')
new File(basedir, 'src/test/java/com/example/shop/CheckoutFlowAgainTests.java')
        .setText(test.replace('class CheckoutFlowTests', 'class CheckoutFlowAgainTests'), 'UTF-8')
return true
