// A site from an earlier, successful build: the failed build must leave it exactly as it is.
def site = new File(basedir, 'site')
site.mkdirs()
new File(site, '.coursenotes-site').text = 'Written by coursenotes; this folder is replaced on every build.\n'
new File(site, 'index.html').text = '<p>the previous site</p>\n'
return true
