import zipfile, sys
exec(open('mkdocx.py').read().split("body = ''.join")[0])
def row(*cells): return '<w:tr>'+''.join(cell(c) for c in cells)+'</w:tr>'
body = ''.join([
  '<w:tbl>'+row('Spreker','Tekst')+row('00:00:05','Interviewer','Wat ging er goed?')+row('00:00:09','Vader','Dat de juf de tijd nam voor mijn zoon.')+row('00:00:20','Interviewer','En verder?')+'</w:tbl>',
  p(r('Belangrijk', True), r(' was dat er rust kwam in huis.')),
  p(r('Interviewer:', True)),
  p(r('Nog iets dat u waardevol vond?')),
  p(r('Vader:', True)),
  p(r('De gesprekken aan de keukentafel.')),
  p(r('Tweede alinea van de vader, over de mentor die luisterde.')),
  p(r('Interviewer\t', True), r('Dank u.')),
  p(r('Vader\t', True), r('Graag.')),
])
doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
with zipfile.ZipFile(sys.argv[1],'w') as z:
    z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', doc)
