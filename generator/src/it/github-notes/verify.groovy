// A course kept the GitHub way builds as it is, in the forked JVM, formulas included.
def site = new File(basedir, 'site')
def text = { String path -> new File(site, path).getText('UTF-8') }

def home = text('index.html')
assert home.contains('<h1 id="ml-notes">ML notes</h1>') : 'content/README.md is the home page'
assert home.contains('href="week-1/index.html"') : 'a link to a folder goes to its README page'
assert home.contains('href="https://github.com/example/ml-notes/tree/main/content/week-1/homework/"') :
        'a folder without notes opens on GitHub'

def week = text('week-1/index.html')
assert week.contains('<math data-tex="F_1"><msub><mi>F</mi><mn>1</mn></msub></math>') : 'formulas are MathML, typeset at build time'
assert week =~ /<math data-tex="[^"]*" display="block" class="tml-display">/
assert week.contains('assets/math.css')
assert week.contains('<div class="callout callout-tip" role="note">')
assert week.contains('<img src="../week-1/images/plot.svg"') : 'a raw-HTML image is checked and rebased'
assert text('print.html').contains('<img src="week-1/images/plot.svg"') : 'and rebased on the print page too'

def lecture = text('week-1/lecture.html')
assert lecture.contains('<h1 id="11-the-lecture">1.1 The lecture</h1>') : 'the first heading of any level is the title'
assert lecture.contains('Costs $5 per seat and $10 online.') : 'dollar amounts stay text'
assert text('assets/math.css').contains('math.tml-display')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /coursenotes: built 3 pages, 1 chapters, 0 cards .*\(in a forked JVM\)/
assert !log.contains('[WARNING] content/') && !log.contains('[ERROR]') : 'no problems: ' + log
return true
