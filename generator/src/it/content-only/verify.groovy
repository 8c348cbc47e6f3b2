def site = new File(basedir, 'site')
def text = { String path -> new File(site, path).getText('UTF-8') }

['index.html', 'basics/index.html', 'basics/first-note.html', 'basics/diagram.svg', '404.html',
 'assets/style.css', 'assets/site.js', '.coursenotes-site'].each { path ->
    assert new File(site, path).isFile() : "missing site/$path"
}
def note = text('basics/first-note.html')
assert note.contains('<title>First note · Invoker Test Course</title>')
assert note.contains('class="card card-flip"')
assert note =~ /<img src="[^"]*diagram\.svg"/
assert note.contains('assets/style.css')
assert !note.contains('__coursenotes') : 'the live-reload script is only added by the serve goal'
assert !new File(site, 'basics/unfinished.html').exists() : 'drafts are left out of a build'

// the Anki package, written in the forked JVM with SQLite's native library: a zip holding the collection and the media map
def apkg = new java.util.zip.ZipFile(new File(site, 'cards.apkg'))
assert apkg.entries().collect { it.name } == ['collection.anki2', 'media']
assert new String(apkg.getInputStream(apkg.getEntry('collection.anki2')).readNBytes(16), 'US-ASCII') == 'SQLite format 3\u0000'
apkg.close()

def log = new File(basedir, 'build.log').getText('UTF-8')
// Maven 3.6.3's own console library (jansi) is a restricted-method warning on Java 24+: only SQLite's count here
assert !log.contains('SLF4J') && !log.contains('org.sqlite') : 'SQLite\'s driver prints nothing: ' + log
assert log.contains('coursenotes: built 3 pages, 1 chapters, 1 cards')
assert log =~ /coursenotes: built .* \(in a forked JVM\)/ : 'the build forks a JVM by default'
assert log.contains('coursenotes: site/ is up to date') : 'the second build, with nothing changed, is skipped'
assert log.count('coursenotes: built ') == 1
assert log.count('coursenotes: no site URL') == 2 : 'the skipped build shows the warnings of the build it skips'
assert log.contains('coursenotes:serve') && log.contains('coursenotes:check') : 'the help goal lists the goals'
return true
