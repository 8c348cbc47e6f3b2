def site = new File(basedir, 'site')
def text = { String path -> new File(site, path).getText('UTF-8') }

def note = text('basics/first-note.html')
assert note.contains('<p class="it-override">Overridden note template for basics/first-note.html</p>')
assert note.contains('class="card card-flip"')

def home = text('index.html')
assert !home.contains('it-override') : 'the home page keeps the built-in home.ftlh'
assert home.contains('class="chapter-cards"')

assert text('assets/style.css') == new File(basedir, 'templates/assets/style.css').getText('UTF-8')
assert new File(site, 'assets/site.js').isFile() : 'assets the project does not override come from the built-in theme'
assert new File(site, 'assets/print.css').isFile()
assert !new File(site, 'note.ftlh').exists()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /coursenotes: built .* \(in Maven's JVM\)/ : 'invoker.properties asks for coursenotes.fork=false'
return true
