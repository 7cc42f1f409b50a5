//! The parts of a PowerPoint file around the slides: the package's content
//! types and relationships, the presentation, one blank slide master and
//! layout, the theme, the notes master, and the document properties, zipped
//! (deflate) as Office Open XML (ECMA-376, transitional) that PowerPoint and
//! LibreOffice Impress open.

use std::io::Write;

use super::ExportError;
pub use super::svg::escape as esc;

/// The DrawingML, PresentationML and relationship namespaces of a part.
pub const NS: &str = r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main""#;
const XML: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT: &str = "application/vnd.openxmlformats-officedocument.presentationml";

/// The slide in EMU (English Metric Units): 13.333 × 7.5 inches, 16:9.
pub const SLIDE_EMU: (i64, i64) = (12_192_000, 6_858_000);

/// A slide made: its shapes, pictures (PNG) and speaker notes.
pub struct SlidePart {
    /// The `<p:spTree>` children after the group properties.
    pub shapes: String,
    /// The PNG pictures, referenced as `rId2`, `rId3`, … in order.
    pub pictures: Vec<Vec<u8>>,
    /// The speaker notes, if any.
    pub notes: Option<String>,
}

/// A relationship list.
fn rels(items: &[(String, &str, String)]) -> String {
    let mut out = format!("{XML}<Relationships xmlns=\"{PKG_REL}\">");
    for (id, kind, target) in items {
        out.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"{kind}\" Target=\"{target}\"/>"
        ));
    }
    out.push_str("</Relationships>");
    out
}

fn rel_type(kind: &str) -> String {
    format!("{REL}/{kind}")
}

/// A notes slide: the slide's picture and the notes as its body text.
fn notes_slide(text: &str) -> String {
    let paragraphs: String = text
        .lines()
        .map(|line| {
            if line.trim().is_empty() {
                "<a:p><a:endParaRPr lang=\"en-US\"/></a:p>".to_owned()
            } else {
                format!(
                    "<a:p><a:r><a:rPr lang=\"en-US\"/><a:t>{}</a:t></a:r></a:p>",
                    esc(line)
                )
            }
        })
        .collect();
    format!(
        "{XML}<p:notes {NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>\
<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"381000\" y=\"685800\"/><a:ext cx=\"6096000\" cy=\"3429000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:sp>\
<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"685800\" y=\"4343400\"/><a:ext cx=\"5486400\" cy=\"4114800\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</p:txBody></p:sp>\
</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    )
}

const GROUP: &str = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";
const CLR_MAP: &str = "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>";

fn slide_xml(shapes: &str) -> String {
    format!(
        "{XML}<p:sld {NS}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>{GROUP}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )
}

fn master_xml() -> String {
    let level = |kind: &str| {
        format!(
            "<a:lvl1pPr><a:defRPr sz=\"{}\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl1pPr>",
            if kind == "title" { 3200 } else { 1800 }
        )
    };
    format!(
        "{XML}<p:sldMaster {NS}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>{GROUP}</p:spTree></p:cSld>{CLR_MAP}\
<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>\
<p:txStyles><p:titleStyle>{}</p:titleStyle><p:bodyStyle>{}</p:bodyStyle><p:otherStyle>{}</p:otherStyle></p:txStyles></p:sldMaster>",
        level("title"),
        level("body"),
        level("other")
    )
}

fn layout_xml() -> String {
    format!(
        "{XML}<p:sldLayout {NS} type=\"blank\" preserve=\"1\"><p:cSld name=\"Blank\"><p:spTree>{GROUP}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    )
}

fn notes_master_xml() -> String {
    format!(
        "{XML}<p:notesMaster {NS}><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg><p:spTree>{GROUP}</p:spTree></p:cSld>{CLR_MAP}</p:notesMaster>"
    )
}

/// The theme: Office's colours, Noto Sans (the font the slides are measured
/// in) for headings and body, and the three plain styles of each kind that
/// the format requires.
fn theme_xml() -> String {
    let colors = [
        ("dk1", "000000"),
        ("lt1", "FFFFFF"),
        ("dk2", "1F2937"),
        ("lt2", "E5E7EB"),
        ("accent1", "2563EB"),
        ("accent2", "DC2626"),
        ("accent3", "16A34A"),
        ("accent4", "D97706"),
        ("accent5", "7C3AED"),
        ("accent6", "0891B2"),
        ("hlink", "1D4ED8"),
        ("folHlink", "6D28D9"),
    ]
    .iter()
    .map(|(name, hex)| format!("<a:{name}><a:srgbClr val=\"{hex}\"/></a:{name}>"))
    .collect::<String>();
    let font = |kind: &str| {
        format!(
            "<a:{kind}><a:latin typeface=\"Noto Sans\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:{kind}>"
        )
    };
    let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>".repeat(3);
    let line =
        "<a:ln w=\"9525\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>".repeat(3);
    let effect = "<a:effectStyle><a:effectLst/></a:effectStyle>".repeat(3);
    format!(
        "{XML}<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Klantreis\"><a:themeElements>\
<a:clrScheme name=\"Klantreis\">{colors}</a:clrScheme>\
<a:fontScheme name=\"Klantreis\">{}{}</a:fontScheme>\
<a:fmtScheme name=\"Klantreis\"><a:fillStyleLst>{fill}</a:fillStyleLst><a:lnStyleLst>{line}</a:lnStyleLst><a:effectStyleLst>{effect}</a:effectStyleLst><a:bgFillStyleLst>{fill}</a:bgFillStyleLst></a:fmtScheme>\
</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>",
        font("majorFont"),
        font("minorFont")
    )
}

fn content_types(slides: &[SlidePart]) -> String {
    let mut out = format!(
        "{XML}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Default Extension=\"png\" ContentType=\"image/png\"/>\
<Override PartName=\"/ppt/presentation.xml\" ContentType=\"{CT}.presentation.main+xml\"/>\
<Override PartName=\"/ppt/slideMasters/slideMaster1.xml\" ContentType=\"{CT}.slideMaster+xml\"/>\
<Override PartName=\"/ppt/slideLayouts/slideLayout1.xml\" ContentType=\"{CT}.slideLayout+xml\"/>\
<Override PartName=\"/ppt/notesMasters/notesMaster1.xml\" ContentType=\"{CT}.notesMaster+xml\"/>\
<Override PartName=\"/ppt/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>\
<Override PartName=\"/ppt/theme/theme2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>\
<Override PartName=\"/ppt/presProps.xml\" ContentType=\"{CT}.presProps+xml\"/>\
<Override PartName=\"/ppt/viewProps.xml\" ContentType=\"{CT}.viewProps+xml\"/>\
<Override PartName=\"/ppt/tableStyles.xml\" ContentType=\"{CT}.tableStyles+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    );
    for (i, slide) in slides.iter().enumerate() {
        let n = i + 1;
        out.push_str(&format!(
            "<Override PartName=\"/ppt/slides/slide{n}.xml\" ContentType=\"{CT}.slide+xml\"/>"
        ));
        if slide.notes.is_some() {
            out.push_str(&format!(
                "<Override PartName=\"/ppt/notesSlides/notesSlide{n}.xml\" ContentType=\"{CT}.notesSlide+xml\"/>"
            ));
        }
    }
    out.push_str("</Types>");
    out
}

fn presentation_xml(count: usize) -> String {
    let ids: String = (0..count)
        .map(|i| format!("<p:sldId id=\"{}\" r:id=\"rId{}\"/>", 256 + i, 10 + i))
        .collect();
    format!(
        "{XML}<p:presentation {NS} saveSubsetFonts=\"1\">\
<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>\
<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst>\
<p:sldIdLst>{ids}</p:sldIdLst>\
<p:sldSz cx=\"{}\" cy=\"{}\"/><p:notesSz cx=\"6858000\" cy=\"9144000\"/>\
<p:defaultTextStyle><a:lvl1pPr><a:defRPr sz=\"1800\"><a:latin typeface=\"+mn-lt\"/></a:defRPr></a:lvl1pPr></p:defaultTextStyle></p:presentation>",
        SLIDE_EMU.0, SLIDE_EMU.1
    )
}

fn core_xml(title: &str) -> String {
    format!(
        "{XML}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:creator>Klantreis</dc:creator></cp:coreProperties>",
        esc(title)
    )
}

fn app_xml(count: usize) -> String {
    format!(
        "{XML}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">{}<Slides>{count}</Slides><PresentationFormat>Widescreen</PresentationFormat></Properties>",
        super::marker::PPTX_APPLICATION
    )
}

/// The parts of the package: (name, bytes).
fn parts(title: &str, slides: &[SlidePart]) -> Vec<(String, Vec<u8>)> {
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    let mut add = |name: &str, text: String| parts.push((name.to_owned(), text.into_bytes()));
    // First and stored: the mark that tells Klantreis its own exports.
    add("docProps/app.xml", app_xml(slides.len()));
    add("[Content_Types].xml", content_types(slides));
    add(
        "_rels/.rels",
        rels(&[
            (
                "rId1".into(),
                &rel_type("officeDocument"),
                "ppt/presentation.xml".into(),
            ),
            (
                "rId2".into(),
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml".into(),
            ),
            (
                "rId3".into(),
                &rel_type("extended-properties"),
                "docProps/app.xml".into(),
            ),
        ]),
    );
    add("docProps/core.xml", core_xml(title));
    add("ppt/presentation.xml", presentation_xml(slides.len()));
    let mut pres_rels = vec![
        (
            "rId1".into(),
            rel_type("slideMaster"),
            "slideMasters/slideMaster1.xml".into(),
        ),
        (
            "rId2".into(),
            rel_type("notesMaster"),
            "notesMasters/notesMaster1.xml".into(),
        ),
        ("rId3".into(), rel_type("theme"), "theme/theme1.xml".into()),
        ("rId4".into(), rel_type("presProps"), "presProps.xml".into()),
        ("rId5".into(), rel_type("viewProps"), "viewProps.xml".into()),
        (
            "rId6".into(),
            rel_type("tableStyles"),
            "tableStyles.xml".into(),
        ),
    ];
    for i in 0..slides.len() {
        pres_rels.push((
            format!("rId{}", 10 + i),
            rel_type("slide"),
            format!("slides/slide{}.xml", i + 1),
        ));
    }
    let borrowed: Vec<(String, &str, String)> = pres_rels
        .iter()
        .map(|(id, kind, target)| (id.clone(), kind.as_str(), target.clone()))
        .collect();
    add("ppt/_rels/presentation.xml.rels", rels(&borrowed));
    add(
        "ppt/presProps.xml",
        format!("{XML}<p:presentationPr {NS}/>"),
    );
    add(
        "ppt/viewProps.xml",
        format!("{XML}<p:viewPr {NS}><p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>"),
    );
    add(
        "ppt/tableStyles.xml",
        format!(
            "{XML}<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" def=\"{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}\"/>"
        ),
    );
    add("ppt/slideMasters/slideMaster1.xml", master_xml());
    add(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        rels(&[
            (
                "rId1".into(),
                &rel_type("slideLayout"),
                "../slideLayouts/slideLayout1.xml".into(),
            ),
            (
                "rId2".into(),
                &rel_type("theme"),
                "../theme/theme1.xml".into(),
            ),
        ]),
    );
    add("ppt/slideLayouts/slideLayout1.xml", layout_xml());
    add(
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
        rels(&[(
            "rId1".into(),
            &rel_type("slideMaster"),
            "../slideMasters/slideMaster1.xml".into(),
        )]),
    );
    add("ppt/notesMasters/notesMaster1.xml", notes_master_xml());
    add(
        "ppt/notesMasters/_rels/notesMaster1.xml.rels",
        rels(&[(
            "rId1".into(),
            &rel_type("theme"),
            "../theme/theme2.xml".into(),
        )]),
    );
    add("ppt/theme/theme1.xml", theme_xml());
    add("ppt/theme/theme2.xml", theme_xml());
    let mut media = 0;
    for (i, slide) in slides.iter().enumerate() {
        let n = i + 1;
        let mut slide_rels = vec![(
            "rId1".to_owned(),
            rel_type("slideLayout"),
            "../slideLayouts/slideLayout1.xml".to_owned(),
        )];
        for (k, png) in slide.pictures.iter().enumerate() {
            media += 1;
            let name = format!("image{media}.png");
            slide_rels.push((
                format!("rId{}", k + 2),
                rel_type("image"),
                format!("../media/{name}"),
            ));
            parts.push((format!("ppt/media/{name}"), png.clone()));
        }
        if let Some(notes) = &slide.notes {
            slide_rels.push((
                "rIdNotes".to_owned(),
                rel_type("notesSlide"),
                format!("../notesSlides/notesSlide{n}.xml"),
            ));
            parts.push((
                format!("ppt/notesSlides/notesSlide{n}.xml"),
                notes_slide(notes).into_bytes(),
            ));
            parts.push((
                format!("ppt/notesSlides/_rels/notesSlide{n}.xml.rels"),
                rels(&[
                    (
                        "rId1".into(),
                        &rel_type("notesMaster"),
                        "../notesMasters/notesMaster1.xml".into(),
                    ),
                    (
                        "rId2".into(),
                        &rel_type("slide"),
                        format!("../slides/slide{n}.xml"),
                    ),
                ])
                .into_bytes(),
            ));
        }
        let borrowed: Vec<(String, &str, String)> = slide_rels
            .iter()
            .map(|(id, kind, target)| (id.clone(), kind.as_str(), target.clone()))
            .collect();
        parts.push((
            format!("ppt/slides/_rels/slide{n}.xml.rels"),
            rels(&borrowed).into_bytes(),
        ));
        parts.push((
            format!("ppt/slides/slide{n}.xml"),
            slide_xml(&slide.shapes).into_bytes(),
        ));
    }
    parts
}

/// The PowerPoint file of these slides, zipped.
pub fn package(title: &str, slides: &[SlidePart]) -> Result<Vec<u8>, ExportError> {
    let failed = |e: &dyn std::fmt::Display| {
        ExportError::internal(crate::i18n::fill(
            crate::i18n::deliver::t().err_pptx,
            &[("error", &e)],
        ))
    };
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (i, (name, bytes)) in parts(title, slides).into_iter().enumerate() {
        let stored = i == 0 || name.ends_with(".png");
        let options = if stored {
            options.compression_method(zip::CompressionMethod::Stored)
        } else {
            options
        };
        zip.start_file(name, options).map_err(|e| failed(&e))?;
        zip.write_all(&bytes).map_err(|e| failed(&e))?;
    }
    let cursor = zip.finish().map_err(|e| failed(&e))?;
    Ok(cursor.into_inner())
}
