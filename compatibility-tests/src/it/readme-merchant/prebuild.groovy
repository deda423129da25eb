// Builds the merchant project from README.md's blocks marked <!-- merchant-project: PATH -->, exactly as printed.
def text = new File(readme).getText('UTF-8')
def blocks = [:].withDefault { [] }
(text =~ /(?s)<!-- merchant-project: (\S+) -->\n```[a-z]*\n(.*?)```/).each { match -> blocks[match[1]] << match[2] }
def expected = ['pom.xml', 'src/main/resources/application.yml',
        'src/main/java/com/example/shop/ShopApplication.java', 'src/main/java/com/example/shop/ThreeDsService.java',
        'src/test/java/com/example/shop/CheckoutFlowTests.java']
def missing = expected - blocks.keySet()
if (missing) {
    throw new IllegalStateException("README.md no longer has the merchant-project blocks " + missing)
}
blocks.each { path, parts ->
    if (path == 'pom.xml') {
        def pom = new File(basedir, 'pom.xml')
        pom.setText(pom.getText('UTF-8').replace('<!-- README dependencies -->', parts.join('')), 'UTF-8')
    }
    else {
        def file = new File(basedir, path)
        file.parentFile.mkdirs()
        file.setText(parts.join('\n'), 'UTF-8')
    }
}
def test = blocks['src/test/java/com/example/shop/CheckoutFlowTests.java'].join('\n')
new File(basedir, 'src/test/java/com/example/shop/CheckoutFlowAgainTests.java')
        .setText(test.replace('class CheckoutFlowTests', 'class CheckoutFlowAgainTests'), 'UTF-8')
return true
