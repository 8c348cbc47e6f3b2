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

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('coursenotes: built 3 pages, 1 chapters, 1 cards')
assert log =~ /coursenotes: built .* \(in a forked JVM\)/ : 'the build forks a JVM by default'
assert log.contains('coursenotes:serve') && log.contains('coursenotes:check') : 'the help goal lists the goals'
return true
