import zipfile, sys
W='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def p(*runs, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{ppr}{"".join(runs)}</w:p>'
def r(t, b=False, extra=''):
    rpr = '<w:rPr><w:b/></w:rPr>' if b else ''
    return f'<w:r>{rpr}{extra}<w:t xml:space="preserve">{t}</w:t></w:r>'
def cell(t, b=False): return f'<w:tc><w:tcPr/>{p(r(t,b))}</w:tc>'
body = ''.join([
  p(r('Interview ouder Utrecht'), style='Heading1'),
  p(r('Interviewer:', True), r(' Wat ging er goed het afgelopen jaar?')),
  p(r('Moeder:', True), r(' De begeleider '), '<w:del w:id="1" w:author="X"><w:r><w:delText>VERWIJDERDTEKST </w:delText></w:r></w:del>',
    '<w:ins w:id="2" w:author="X">'+r('luisterde echt ')+'</w:ins>', r('naar ons, en dat gaf rust.'),
    '<w:commentRangeStart w:id="0"/>', r('Ze nam de tijd.'), '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'),
  p(r('Interviewer', True), r(': En wat deed de school?')),
  p(r('Moeder', True), r(' De school stelde een vast aanspreekpunt aan.'), r('VERBORGEN', extra='<w:rPr><w:vanish/></w:rPr>')),
  '<w:tbl><w:tblPr/><w:tblGrid/>'
  '<w:tr>'+cell('Interviewer')+cell('Wat zou u anders willen?')+'</w:tr>'
  '<w:tr>'+cell('Moeder')+cell('Minder wisselingen van begeleiders, dat zou fijn zijn.')+'</w:tr>'
  '<w:tr>'+cell('Interviewer')+cell('Dank u wel.')+'</w:tr>'
  '</w:tbl>',
  p(r('Moeder:', True), r(' Graag gedaan.')),
  '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>'
])
doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
ct = '''<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'''
drels = '''<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'''
styles = f'''<?xml version="1.0" encoding="UTF-8"?><w:styles {W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style></w:styles>'''
hdr = f'<?xml version="1.0" encoding="UTF-8"?><w:hdr {W}>{p(r("KOPTEKSTGEHEIM"))}</w:hdr>'
ftr = f'<?xml version="1.0" encoding="UTF-8"?><w:ftr {W}>{p(r("VOETTEKSTGEHEIM"))}</w:ftr>'
com = f'<?xml version="1.0" encoding="UTF-8"?><w:comments {W}><w:comment w:id="0" w:author="X">{p(r("OPMERKINGGEHEIM"))}</w:comment></w:comments>'
core = '''<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>TITELGEHEIM Interview Utrecht</dc:title><dc:creator>AUTEURGEHEIM Jansen</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created></cp:coreProperties>'''
custom = '''<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Region"><vt:lpwstr>Utrecht</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="role"><vt:lpwstr>ouder</vt:lpwstr></property></Properties>'''
out = sys.argv[1]
with zipfile.ZipFile(out,'w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', doc); z.writestr('word/_rels/document.xml.rels', drels)
    z.writestr('word/styles.xml', styles); z.writestr('word/header1.xml', hdr); z.writestr('word/footer1.xml', ftr)
    z.writestr('word/comments.xml', com); z.writestr('docProps/core.xml', core); z.writestr('docProps/custom.xml', custom)
