import sys
exec(open('mkdocx2.py').read().split("body = ''.join")[0])
body='<w:tbl>'+row('Interviewer','Wat was voor u waardevol in de hulp?')+row('Moeder','Dat de begeleider echt luisterde en de tijd nam.')+'</w:tbl>'
doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
with zipfile.ZipFile(sys.argv[1],'w') as z:
    z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', doc)
