def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[WARNING] content/README.md:3:3: warning: broken link 'notes/missing.md'") : log
assert log.contains("[WARNING] content/README.md:3:47: warning: broken anchor '#nowhere'") : log
assert !log.contains('(in a forked JVM)') : 'built in Maven\'s JVM'
def home = new File(basedir, 'site/index.html').getText('UTF-8')
assert home.contains('<msup><mi>a</mi><mn>2</mn></msup>') : 'GraalJS runs in Maven\'s JVM too'
return true
