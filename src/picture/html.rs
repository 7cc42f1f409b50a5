//! The interactive map in one HTML file: what a consultant e-mails to the client.
//!
//! The page holds everything it shows: the canvas is the map picture's SVG
//! (the same scene the app paints, see [`super::svg::tagged_map_svg`]) inlined,
//! photos are `data:` URIs, the style and the small script are inline, and a
//! `Content-Security-Policy` allows nothing else: no request can leave the page.
//!
//! Every text from the map is escaped where it is written ([`escape`]); the
//! script and the style hold no text from the map, and the policy admits them
//! by their SHA-256 hashes, so a title that smuggles in markup stays text.
//!
//! Without its script the page still works: every step's lanes are in the
//! tables, the persona cards are `<details>`, and print shows everything.
//! With it, pointing at, tapping or pressing Enter on a step shows its lanes
//! under the map, and the checkboxes show and hide journeys and personas.
//!
//! The document is also well-formed XML (void elements closed, script and
//! style wrapped in commented CDATA), so tests read it back with an XML parser.

use std::fmt::Write as _;

use base64::Engine as _;
use sha2::Digest as _;

use crate::i18n::{Language, fill};
use crate::model::{ContentItem, Emotion, Journey, Lane, Map, Persona, Step};

use super::ExportOptions;
use super::svg::{Photos, escape, exported_journeys};

/// The page's style: screen, phone and print. Holds no text from the map.
const STYLE: &str = r#"/*<![CDATA[*/
:root{--ink:#1f2328;--soft:#57606a;--line:#d0d7de;--tint:#f6f8fa;--accent:#0b5cad}
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 Noto Sans,DejaVu Sans,Arial,Helvetica,sans-serif;color:var(--ink);background:#fff}
a.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5em}
a.skip:focus{left:.5em;z-index:2}
header,main,footer{max-width:1500px;margin:0 auto;padding:0 1.25rem}
header{padding-top:1.25rem}
h1{font-size:1.9rem;margin:.2em 0}
h2{font-size:1.35rem;margin:1.6em 0 .5em;border-bottom:2px solid var(--line);padding-bottom:.2em}
h3{font-size:1.1rem;margin:.3em 0}
.goal{font-size:1.1rem;color:var(--soft);margin:.2em 0}
.toolbar{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start;margin:1rem 0}
fieldset{border:1px solid var(--line);border-radius:6px;padding:.4rem .8rem;margin:0}
legend{font-weight:bold;padding:0 .3em}
label.toggle{display:inline-flex;align-items:center;gap:.35em;margin:.2em 1em .2em 0;cursor:pointer}
button{font:inherit;cursor:pointer}
.print{border:1px solid var(--line);background:var(--tint);border-radius:6px;padding:.35rem .9rem}
figure.canvas{margin:0;overflow-x:auto;border:1px solid var(--line);border-radius:6px}
figure.canvas svg{display:block;width:100%;min-width:900px;height:auto}
figure.canvas figcaption{font-size:.9rem;color:var(--soft);padding:.4rem .8rem}
[data-step]{cursor:pointer}
circle[data-step]:focus{outline:none;stroke:#000;stroke-width:4}
circle[data-step].chosen{stroke:#000;stroke-width:4}
.off{display:none!important}
#step-detail{border:2px solid var(--accent);border-radius:6px;padding:.8rem 1rem;margin:1rem 0;min-height:4rem;background:#fff}
body[data-shown-step] #step-detail{position:sticky;bottom:0;max-height:45vh;overflow:auto;box-shadow:0 -4px 12px rgba(0,0,0,.12)}
.kicker{color:var(--soft);font-size:.9rem;margin:0}
dl.lanes{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.6rem 1.2rem;margin:.6rem 0 0}
dl.lanes dt{font-weight:bold}
dl.lanes dd{margin:0}
ul{margin:.2em 0;padding-left:1.2em}
.scroll{overflow-x:auto;border:1px solid var(--line);border-radius:6px;margin-bottom:1rem}
table{border-collapse:collapse;font-size:.92rem}
caption{text-align:left;font-weight:bold;padding:.4rem .6rem}
th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
thead th{background:var(--tint)}
tbody th{background:var(--tint);white-space:nowrap}
.lanes-table td,.lanes-table thead th{min-width:11rem;max-width:18rem}
th button{border:0;background:none;padding:0;text-align:left;font-weight:bold;color:var(--accent);text-decoration:underline}
.swatch{vertical-align:middle}
.personas{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1rem}
details.persona{border:1px solid var(--line);border-radius:6px;padding:.6rem .9rem}
details.persona summary{cursor:pointer;display:flex;align-items:center;gap:.8rem;list-style-position:outside}
details.persona summary img,details.persona summary .initials{width:56px;height:56px;border-radius:50%;flex:none}
.initials{display:inline-flex;align-items:center;justify-content:center;background:#8c959f;color:#fff;font-weight:bold}
.quote{font-style:italic;color:var(--soft);margin:.3em 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem}
dl.facts dt{font-weight:bold}
dl.facts dd{margin:0}
footer{color:var(--soft);font-size:.85rem;padding-bottom:2rem}
.backed{color:var(--soft);margin:.2em 0;font-weight:bold}
ul.kpis{list-style:none;padding-left:0;margin:0}
ul.kpis li{margin:.25em 0;display:flex;gap:.5em;align-items:flex-start}
svg.spark{flex:none}
.kinds,.claim{color:var(--soft);font-size:.85rem}
th.status{white-space:nowrap}
table.experiments td{min-width:7rem;max-width:22rem}
@media (max-width:700px){body{font-size:15px}h1{font-size:1.45rem}header,main,footer{padding:0 .7rem}}
@media print{
 .toolbar,#step-detail,a.skip,.print,noscript{display:none!important}
 figure.canvas,.scroll{overflow:visible;border:0}
 figure.canvas svg{min-width:0}
 h2{break-after:avoid}
 table{font-size:9pt}
 tr,details.persona{break-inside:avoid}
}
/*]]>*/"#;

/// The page's script: shows a step's lanes and hides journeys and personas.
/// Holds no text from the map. A `#test-click=STEP` fragment clicks that
/// step's dot once the page is loaded, so a browser test can check the script.
const SCRIPT: &str = r#"//<![CDATA[
(function () {
  'use strict';
  var detail = document.getElementById('step-detail');
  var none = document.getElementById('no-step');
  function show(id) {
    var card = document.getElementById('step-' + id);
    if (!card || !detail) { return; }
    var cards = detail.querySelectorAll('.step-card');
    for (var i = 0; i < cards.length; i++) { cards[i].hidden = cards[i] !== card; }
    if (none) { none.hidden = true; }
    var dots = document.querySelectorAll('circle[data-step]');
    for (var j = 0; j < dots.length; j++) {
      dots[j].classList.toggle('chosen', dots[j].getAttribute('data-step') === id);
    }
    document.body.setAttribute('data-shown-step', id);
  }
  document.addEventListener('click', function (e) {
    var target = e.target.closest ? e.target.closest('[data-step]') : null;
    if (!target) { return; }
    show(target.getAttribute('data-step'));
    if (target.tagName.toLowerCase() === 'button') {
      detail.scrollIntoView({block: 'nearest'});
    }
  });
  document.addEventListener('mouseover', function (e) {
    var target = e.target.closest ? e.target.closest('circle[data-step]') : null;
    if (target) { show(target.getAttribute('data-step')); }
  });
  document.addEventListener('keydown', function (e) {
    var target = e.target;
    if ((e.key === 'Enter' || e.key === ' ') && target.getAttribute && target.tagName.toLowerCase() === 'circle' && target.hasAttribute('data-step')) {
      e.preventDefault();
      show(target.getAttribute('data-step'));
    }
  });
  function apply() {
    var personaOff = {};
    var personas = document.querySelectorAll('input[data-toggle-persona]');
    for (var i = 0; i < personas.length; i++) {
      if (!personas[i].checked) { personaOff[personas[i].value] = true; }
    }
    var journeyOff = {};
    var journeys = document.querySelectorAll('input[data-toggle-journey]');
    for (var j = 0; j < journeys.length; j++) {
      var persona = journeys[j].getAttribute('data-persona');
      if (!journeys[j].checked || (persona && personaOff[persona])) { journeyOff[journeys[j].value] = true; }
    }
    var parts = document.querySelectorAll('[data-journey]');
    for (var k = 0; k < parts.length; k++) {
      parts[k].classList.toggle('off', journeyOff[parts[k].getAttribute('data-journey')] === true);
    }
    var cards = document.querySelectorAll('[data-persona-card]');
    for (var m = 0; m < cards.length; m++) {
      cards[m].classList.toggle('off', personaOff[cards[m].getAttribute('data-persona-card')] === true);
    }
  }
  var toggles = document.querySelectorAll('input[data-toggle-journey],input[data-toggle-persona]');
  for (var t = 0; t < toggles.length; t++) { toggles[t].addEventListener('change', apply); }
  var print = document.getElementById('print');
  if (print) { print.hidden = false; print.addEventListener('click', function () { window.print(); }); }
  window.addEventListener('beforeprint', function () {
    var all = document.querySelectorAll('details');
    for (var i = 0; i < all.length; i++) { all[i].open = true; }
  });
  var test = /^#test-click=([0-9]+)$/.exec(window.location.hash);
  if (test) {
    var dot = document.querySelector('circle[data-step="' + test[1] + '"]');
    if (dot) { dot.dispatchEvent(new MouseEvent('click', {bubbles: true})); }
  }
})();
//]]>"#;

/// The policy's hash source for an inline script or style: `'sha256-…'`.
pub fn hash_source(text: &str) -> String {
    let digest = sha2::Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The fonts the map's labels are measured in (Noto Sans, regular and
/// bold), as `@font-face` rules with `data:` URLs: a browser then sets the
/// labels exactly as measured, and fetches no font.
static FONTS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let face = |weight: u16, bytes: &[u8]| {
        format!(
            "@font-face{{font-family:'{}';font-weight:{weight};font-style:normal;src:url(data:font/ttf;base64,{}) format('truetype');}}",
            super::text::FAMILY,
            base64::engine::general_purpose::STANDARD.encode(bytes)
        )
    };
    face(400, super::text::REGULAR) + &face(700, super::text::BOLD)
});

/// The page's `Content-Security-Policy`: nothing from anywhere, photos only
/// as `data:`, fonts only the page's own (`data:`), and only this page's own
/// script and styles.
pub fn content_security_policy() -> String {
    static FONTS_HASH: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| hash_source(&FONTS));
    format!(
        "default-src 'none'; img-src data:; font-src data:; style-src {} {}; script-src {}; \
         base-uri 'none'; form-action 'none'",
        hash_source(STYLE),
        FONTS_HASH.as_str(),
        hash_source(SCRIPT)
    )
}

/// The interactive map as one HTML document. The options choose the
/// journeys (and the personas who walk them); lanes are always in it, as tables.
pub fn html(map: &Map, options: &ExportOptions) -> String {
    let t = crate::i18n::deliver::t();
    let words = crate::i18n::export::t();
    let journeys = exported_journeys(map, options);
    let personas = shown_personas(map, options, &journeys);
    let mut photos = Photos::default();
    let title = if map.title.trim().is_empty() {
        words.untitled_map
    } else {
        map.title.trim()
    };
    let lang = match crate::i18n::language() {
        Language::En => "en",
        Language::Nl => "nl",
    };

    let mut out = String::with_capacity(FONTS.len() + 256 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n{}\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <meta http-equiv=\"content-security-policy\" content=\"{}\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <meta name=\"generator\" content=\"Klantreis\"/>\n<title>{}</title>\n<style>{STYLE}</style>\n<style>{}</style>\n</head>\n<body>\n",
        super::marker::SVG_COMMENT,
        content_security_policy(),
        escape(title),
        FONTS.as_str()
    );
    let _ = writeln!(
        out,
        "<a class=\"skip\" href=\"#lanes\">{}</a>",
        escape(t.skip_to_lanes)
    );

    // The title and goal.
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", escape(title));
    if !map.goal.trim().is_empty() {
        let goal = fill(words.goal, &[("goal", &map.goal.trim())]);
        let _ = writeln!(out, "<p class=\"goal\">{}</p>", escape(&goal));
    }
    paragraphs(&mut out, &map.description, "description");
    super::html_findings::backed_line(&mut out, map, options);
    out.push_str("</header>\n<main>\n");

    toolbar(&mut out, map, &journeys, &personas);
    canvas(&mut out, map, options);
    step_cards(&mut out, map, &journeys);
    phases(&mut out, map, options);
    super::html_findings::experiments(&mut out, map, options);
    super::html_findings::gaps(&mut out, map, options);
    persona_cards(&mut out, map, &personas, &mut photos);
    lanes(&mut out, map, &journeys);
    calendar(&mut out, map, options);

    let _ = writeln!(
        out,
        "</main>\n<footer><p>{}</p></footer>\n<script>{SCRIPT}</script>\n</body>\n</html>",
        escape(t.made_with)
    );
    out
}

/// The personas the page shows: those who walk a shown journey, or every
/// persona when every journey is shown.
fn shown_personas<'a>(
    map: &'a Map,
    options: &ExportOptions,
    journeys: &[&Journey],
) -> Vec<&'a Persona> {
    map.personas
        .iter()
        .filter(|p| options.journeys.is_none() || journeys.iter().any(|j| j.persona == Some(p.id)))
        .collect()
}

/// Text in paragraphs, one per non-empty line.
fn paragraphs(out: &mut String, text: &str, class: &str) {
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let _ = writeln!(out, "<p class=\"{class}\">{}</p>", escape(line));
    }
}

/// A small colour swatch, drawn (no inline style: the policy forbids it).
pub(super) fn swatch(out: &mut String, color: crate::model::Rgb) {
    let _ = write!(
        out,
        "<svg class=\"swatch\" width=\"22\" height=\"10\" aria-hidden=\"true\">\
         <rect width=\"22\" height=\"10\" rx=\"3\" fill=\"#{:02x}{:02x}{:02x}\"/></svg>",
        color.0, color.1, color.2
    );
}

/// The checkboxes that show and hide journeys and personas, and Print.
fn toolbar(out: &mut String, map: &Map, journeys: &[&Journey], personas: &[&Persona]) {
    let t = crate::i18n::deliver::t();
    let _ = writeln!(
        out,
        "<section class=\"toolbar\" aria-label=\"{}\">",
        escape(t.show_heading)
    );
    if !journeys.is_empty() {
        let _ = writeln!(
            out,
            "<fieldset><legend>{}</legend>",
            escape(t.show_journeys)
        );
        for journey in journeys {
            let persona = journey
                .persona
                .filter(|p| map.persona(*p).is_some())
                .map(|p| format!(" data-persona=\"{p}\""))
                .unwrap_or_default();
            let _ = write!(
                out,
                "<label class=\"toggle\"><input type=\"checkbox\" checked=\"checked\" \
                 data-toggle-journey=\"\" value=\"{}\"{persona}/>",
                journey.id
            );
            swatch(out, journey.color);
            let _ = writeln!(out, " {}</label>", escape(&journey.name));
        }
        out.push_str("</fieldset>\n");
    }
    if !personas.is_empty() {
        let _ = writeln!(
            out,
            "<fieldset><legend>{}</legend>",
            escape(t.show_personas)
        );
        for persona in personas {
            let _ = writeln!(
                out,
                "<label class=\"toggle\"><input type=\"checkbox\" checked=\"checked\" \
                 data-toggle-persona=\"\" value=\"{}\"/> {}</label>",
                persona.id,
                escape(&persona.name)
            );
        }
        out.push_str("</fieldset>\n");
    }
    let _ = writeln!(
        out,
        "<button type=\"button\" id=\"print\" class=\"print\" hidden=\"hidden\">{}</button>\n</section>",
        escape(t.print)
    );
}

/// The canvas: the map picture's SVG, tagged for the script, inlined.
fn canvas(out: &mut String, map: &Map, options: &ExportOptions) {
    let t = crate::i18n::deliver::t();
    let picture = super::svg::tagged_map_svg(
        map,
        &ExportOptions {
            lanes: false,
            ..options.clone()
        },
    );
    let svg = picture
        .svg
        .find("<svg")
        .map_or(picture.svg.as_str(), |at| &picture.svg[at..]);
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"map-heading\">\n<h2 id=\"map-heading\">{}</h2>\n\
         <figure class=\"canvas\" role=\"group\" aria-label=\"{}\">",
        escape(t.map_heading),
        escape(t.canvas_label)
    );
    out.push_str(svg.trim_end());
    let _ = writeln!(
        out,
        "\n<figcaption>{}</figcaption>\n</figure>\n<noscript><p>{}</p></noscript>",
        escape(t.canvas_hint),
        escape(t.no_script)
    );
    if map.journeys.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(t.no_journeys));
    }
    out.push_str("</section>\n");
}

/// A journey's steps in time order.
fn steps_in_time_order<'a>(map: &Map, journey: &'a Journey) -> Vec<&'a Step> {
    let starts = crate::scene::phase_starts(map);
    let mut steps: Vec<(f64, usize, &Step)> = journey
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                crate::scene::step_time(s, &starts).unwrap_or(f64::MAX),
                i,
                s,
            )
        })
        .collect();
    steps.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    steps.into_iter().map(|(_, _, s)| s).collect()
}

/// A lane's items as a list (or the touchpoint as text), or a dash when empty.
fn lane_items(out: &mut String, lane: Lane, step: &Step) {
    let items: Vec<String> = match lane {
        Lane::Actions => step.actions.clone(),
        Lane::Thoughts => step.thoughts.clone(),
        Lane::PainPoints => step.pain_points.clone(),
        Lane::Opportunities => step.opportunities.clone(),
        Lane::Touchpoint => {
            let text = lane.text(step);
            if text.trim().is_empty() {
                Vec::new()
            } else {
                vec![text.replace('\n', " ")]
            }
        }
    };
    let items: Vec<&String> = items.iter().filter(|i| !i.trim().is_empty()).collect();
    match items.as_slice() {
        [] => {
            out.push_str("<span aria-hidden=\"true\">\u{2014}</span>");
        }
        [one] if lane == Lane::Touchpoint => out.push_str(&escape(one)),
        _ => {
            out.push_str("<ul>");
            for item in items {
                let _ = write!(out, "<li>{}", escape(item));
                super::html_findings::claim_note(out, step, lane, item);
                out.push_str("</li>");
            }
            out.push_str("</ul>");
        }
    }
}

/// The emotion of a step in words and as a number.
fn feeling(step: &Step) -> String {
    let t = crate::i18n::deliver::t();
    fill(
        t.step_feeling,
        &[
            ("feeling", &Emotion::nearest(step.emotion).name()),
            ("value", &format!("{:+.1}", step.emotion)),
        ],
    )
}

/// The step cards the script shows under the map, one per step, hidden.
fn step_cards(out: &mut String, map: &Map, journeys: &[&Journey]) {
    let t = crate::i18n::deliver::t();
    let _ = writeln!(
        out,
        "<section id=\"step-detail\" aria-live=\"polite\">\n<p id=\"no-step\">{}</p>",
        escape(t.no_step)
    );
    for journey in journeys {
        for step in steps_in_time_order(map, journey) {
            let phase = map.phase(step.phase).map_or("", |p| p.name.as_str());
            let kicker = format!("{} \u{b7} {phase}", journey.name);
            let _ = write!(
                out,
                "<article class=\"step-card\" id=\"step-{id}\" data-journey=\"{}\" hidden=\"hidden\" \
                 aria-labelledby=\"step-{id}-title\">\n<p class=\"kicker\">{}</p>\n\
                 <h3 id=\"step-{id}-title\">{}</h3>\n<p class=\"kicker\">{}</p>\n",
                journey.id,
                escape(&kicker),
                escape(&step.title),
                escape(&feeling(step)),
                id = step.id
            );
            super::html_findings::step_facts(out, step);
            out.push_str("<dl class=\"lanes\">");
            for lane in Lane::ALL {
                let _ = write!(out, "<div><dt>{}</dt><dd>", escape(lane.title()));
                lane_items(out, lane, step);
                out.push_str("</dd></div>");
            }
            out.push_str("</dl>\n</article>\n");
        }
    }
    out.push_str("</section>\n");
}

/// The phases with their descriptions and KPIs, as a table.
fn phases(out: &mut String, map: &Map, options: &ExportOptions) {
    if map.phases.is_empty() {
        return;
    }
    let t = crate::i18n::deliver::t();
    let words = crate::i18n::export::t();
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"phases-heading\">\n<h2 id=\"phases-heading\">{}</h2>\n\
         <div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        escape(t.phases_heading),
        escape(words.col_phase),
        escape(words.notes),
        escape(t.kpis),
        escape(crate::i18n::evidence::t().evidence)
    );
    for phase in &map.phases {
        let _ = write!(out, "<tr><th scope=\"row\">");
        swatch(out, phase.color);
        let _ = write!(out, " {}</th><td>", escape(&phase.name));
        out.push_str(&escape(phase.description.trim()));
        out.push_str("</td><td>");
        super::html_findings::kpi_list(out, &phase.kpis);
        out.push_str("</td><td>");
        super::html_findings::evidence_cell(out, map, options, phase);
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

/// A KPI with its target and measured value, as one line.
pub(crate) fn kpi_line(kpi: &crate::model::Kpi) -> String {
    let t = crate::i18n::deliver::t();
    let mut figures = Vec::new();
    let (target, actual) = (kpi.target_shown(), kpi.actual_shown());
    if !target.trim().is_empty() {
        figures.push(fill(t.kpi_target, &[("target", &target.trim())]));
    }
    if !actual.trim().is_empty() {
        figures.push(fill(t.kpi_actual, &[("actual", &actual.trim())]));
    }
    if figures.is_empty() {
        kpi.name.clone()
    } else {
        format!("{}: {}", kpi.name, figures.join(", "))
    }
}

/// A list of texts under a name in a persona card, if there are any.
fn fact_list(out: &mut String, name: &str, items: &[String]) {
    let items: Vec<&String> = items.iter().filter(|i| !i.trim().is_empty()).collect();
    if items.is_empty() {
        return;
    }
    let _ = write!(out, "<h4>{}</h4><ul>", escape(name));
    for item in items {
        let _ = write!(out, "<li>{}</li>", escape(item));
    }
    out.push_str("</ul>\n");
}

/// The persona cards, each a `<details>` the client opens.
fn persona_cards(out: &mut String, map: &Map, personas: &[&Persona], photos: &mut Photos) {
    if personas.is_empty() {
        return;
    }
    let t = crate::i18n::deliver::t();
    let words = crate::i18n::export::t();
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"personas-heading\">\n<h2 id=\"personas-heading\">{}</h2>\n<div class=\"personas\">",
        escape(t.personas_heading)
    );
    for persona in personas {
        let _ = write!(
            out,
            "<details class=\"persona\" data-persona-card=\"{}\">\n<summary aria-label=\"{}\">",
            persona.id,
            escape(&fill(t.open_card, &[("name", &persona.name)]))
        );
        match photos.data_uri(persona) {
            Some(uri) => {
                let _ = write!(out, "<img src=\"{uri}\" alt=\"\"/>");
            }
            None => {
                let _ = write!(
                    out,
                    "<span class=\"initials\" aria-hidden=\"true\">{}</span>",
                    escape(&persona.initials())
                );
            }
        }
        let _ = writeln!(out, "<h3>{}</h3></summary>", escape(&persona.name));
        if !persona.quote.trim().is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"quote\">\u{201c}{}\u{201d}</p>",
                escape(persona.quote.trim())
            );
        }
        let walks: Vec<&str> = map
            .journeys
            .iter()
            .filter(|j| j.persona == Some(persona.id))
            .map(|j| j.name.as_str())
            .collect();
        let d = &persona.demographics;
        let facts: Vec<(&str, String)> = [
            (words.walks, walks.join(", ")),
            (words.age, d.age.clone()),
            (words.gender, d.gender.clone()),
            (words.income, d.income.clone()),
            (words.location, d.location.clone()),
            (words.occupation, d.occupation.clone()),
            (
                words.preferred_channels,
                persona
                    .channels
                    .iter()
                    .map(|c| c.name().to_owned())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .collect();
        if !facts.is_empty() {
            out.push_str("<dl class=\"facts\">");
            for (name, value) in facts {
                let _ = write!(
                    out,
                    "<dt>{}</dt><dd>{}</dd>",
                    escape(name.trim_end_matches(':')),
                    escape(&value)
                );
            }
            out.push_str("</dl>\n");
        }
        let p = &persona.psychographics;
        fact_list(out, words.goals, &persona.goals);
        fact_list(out, words.challenges, &persona.challenges);
        fact_list(out, words.motivations, &p.motivations);
        fact_list(out, words.values, &p.values);
        fact_list(out, words.interests, &p.interests);
        fact_list(out, words.fears, &p.fears);
        fact_list(out, words.online_behaviour, &persona.online_behaviour);
        out.push_str("</details>\n");
    }
    out.push_str("</div>\n</section>\n");
}

/// Each journey's lanes as a table: a column per step, a row per lane.
fn lanes(out: &mut String, map: &Map, journeys: &[&Journey]) {
    let t = crate::i18n::deliver::t();
    let words = crate::i18n::export::t();
    let _ = writeln!(
        out,
        "<section id=\"lanes\" aria-labelledby=\"lanes-heading\">\n<h2 id=\"lanes-heading\">{}</h2>",
        escape(t.lanes_heading)
    );
    for journey in journeys {
        let steps = steps_in_time_order(map, journey);
        let caption = fill(t.lanes_caption, &[("name", &journey.name)]);
        let _ = write!(
            out,
            "<section data-journey=\"{}\">\n<div class=\"scroll\" role=\"region\" tabindex=\"0\" \
             aria-label=\"{}\">\n<table class=\"lanes-table\">\n<caption>",
            journey.id,
            escape(&caption)
        );
        swatch(out, journey.color);
        let _ = write!(
            out,
            " {}</caption>\n<thead><tr><th scope=\"col\">{}</th>",
            escape(&caption),
            escape(t.lane_column)
        );
        for step in &steps {
            let _ = write!(
                out,
                "<th scope=\"col\"><button type=\"button\" data-step=\"{}\">{}</button></th>",
                step.id,
                escape(&step.title)
            );
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th>",
            escape(words.col_phase)
        );
        for step in &steps {
            let phase = map.phase(step.phase).map_or("", |p| p.name.as_str());
            let _ = write!(out, "<td>{}</td>", escape(phase));
        }
        let _ = write!(
            out,
            "</tr>\n<tr><th scope=\"row\">{}</th>",
            escape(words.col_emotion)
        );
        for step in &steps {
            let _ = write!(out, "<td>{}</td>", escape(&feeling(step)));
        }
        out.push_str("</tr>\n");
        super::html_findings::lanes_rows(out, &steps);
        for lane in Lane::ALL {
            let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(lane.title()));
            for step in &steps {
                out.push_str("<td>");
                lane_items(out, lane, step);
                out.push_str("</td>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n</div>\n</section>\n");
    }
    if journeys.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(t.no_journeys));
    }
    out.push_str("</section>\n");
}

/// The content calendar as a table, by date.
fn calendar(out: &mut String, map: &Map, options: &ExportOptions) {
    let t = crate::i18n::deliver::t();
    let words = crate::i18n::export::t();
    let mut items: Vec<&ContentItem> = map
        .content
        .iter()
        .filter(|c| {
            options.journeys.is_none()
                || c.persona.is_none_or(|p| {
                    map.journeys
                        .iter()
                        .any(|j| j.persona == Some(p) && options.includes(j.id))
                })
        })
        .collect();
    items.sort_by(|a, b| a.date.cmp(&b.date).then(a.title.cmp(&b.title)));
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"calendar-heading\">\n<h2 id=\"calendar-heading\">{}</h2>",
        escape(t.calendar_heading)
    );
    if items.is_empty() {
        let _ = writeln!(out, "<p>{}</p>\n</section>", escape(words.calendar_empty));
        return;
    }
    out.push_str("<div class=\"scroll\"><table>\n<thead><tr>");
    for column in [
        words.col_date,
        words.col_title,
        words.col_type,
        words.col_channel,
        words.col_phase,
        words.col_persona,
        words.col_status,
        words.col_owner,
        words.col_goal,
    ] {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(column));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for item in items {
        let [when, row @ ..] = super::pages::calendar_row(map, item);
        let cells = row.into_iter().chain([item.goal.clone()]);
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(&when));
        for cell in cells {
            let _ = write!(out, "<td>{}</td>", escape(&cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}
