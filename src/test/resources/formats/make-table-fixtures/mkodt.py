import zipfile, sys
CH="<text:change text:change-id=\"ct1\"/>"
NS='xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
def P(*x): return '<text:p text:style-name="Standard">'+''.join(x)+'</text:p>'
def B(t): return f'<text:span text:style-name="T1">{t}</text:span>'
def C(t): return f'<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>'
content=f'''<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.3"><office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles><office:body><office:text>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>X</dc:creator></office:change-info><text:p>VERWIJDERDTEKST</text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:h text:outline-level="1">Kop van het interview</text:h>
{P(B("I:")," Wat ging goed?")}
{P(B("Moeder:")," Dat de begeleider "+CH+"luisterde.<office:annotation><dc:creator>X</dc:creator><text:p>OPMERKINGGEHEIM</text:p></office:annotation> Echt waar.")}
<table:table table:name="T"><table:table-column/><table:table-row>{C("I")}{C("En de school?")}</table:table-row><table:table-row>{C("Moeder")}{C("Die gaf een vast aanspreekpunt.")}</table:table-row><table:table-row>{C("Moeder")}{C("En rust.")}</table:table-row></table:table>
</office:text></office:body></office:document-content>'''
styles=f'''<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>KOPTEKSTGEHEIM</text:p></style:header><style:footer><text:p>VOETTEKSTGEHEIM</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>'''
meta=f'''<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta><dc:title>TITELGEHEIM</dc:title><meta:initial-creator>AUTEURGEHEIM</meta:initial-creator><meta:user-defined meta:name="Region">Utrecht</meta:user-defined></office:meta></office:document-meta>'''
with zipfile.ZipFile(sys.argv[1],'w') as z:
    z.writestr(zipfile.ZipInfo('mimetype'),'application/vnd.oasis.opendocument.text')
    z.writestr('content.xml',content); z.writestr('styles.xml',styles); z.writestr('meta.xml',meta)
    z.writestr('META-INF/manifest.xml','<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
