//! The interactive HTML map, through the `klantreis` binary: it is one
//! self-contained, well-formed file holding every step and persona, map text
//! stays text, and in a real browser a clicked step shows its lanes while no
//! request leaves the page.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::browser::chromium_for;

use klantreis::model::{
    ContentId, ContentItem, ContentType, Journey, JourneyId, Map, Persona, PersonaId, PhaseId,
    PhaseTemplate, Rgb, Step, StepId,
};

const EXAMPLES: [&str; 3] = ["kettle", "clothing", "crm-b2b"];

/// Runs the real `klantreis` binary in `dir`.
fn klantreis(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_klantreis"))
        .args(args)
        .env("LC_ALL", "C.UTF-8")
        .current_dir(dir)
        .output()
        .expect("the klantreis binary runs")
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("maps/{name}.ron"))
}

/// Exports `map` as HTML into `dir` and returns the page.
fn export_html(map: &Path, dir: &Path, name: &str) -> String {
    let map = map.to_str().expect("a path");
    let output = klantreis(&["export", map, "--html", name, "--lang", "en"], dir);
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::read_to_string(dir.join(name)).expect("the page was written")
}

/// Parses the page as XML (it is written well-formed), or fails with where it breaks.
fn parse(html: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse_with_options(
        html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..roxmltree::ParsingOptions::default()
        },
    )
    .unwrap_or_else(|e| panic!("the page is not well-formed: {e}"))
}

/// Every text of the page's elements, each node on its own.
fn texts<'a>(doc: &'a roxmltree::Document<'a>) -> Vec<&'a str> {
    doc.descendants()
        .filter(roxmltree::Node::is_text)
        .filter_map(|n| n.text())
        .collect()
}

/// The page's Content-Security-Policy.
fn policy(doc: &roxmltree::Document<'_>) -> String {
    doc.descendants()
        .find(|n| {
            n.attribute("http-equiv")
                .is_some_and(|h| h.eq_ignore_ascii_case("Content-Security-Policy"))
        })
        .and_then(|n| n.attribute("content"))
        .expect("the page has a Content-Security-Policy")
        .to_owned()
}

/// Checks that nothing in the page points outside it: no link, source or
/// style reference but `data:` and `#`, and a policy that forbids fetching.
fn assert_self_contained(doc: &roxmltree::Document<'_>, name: &str) {
    let csp = policy(doc);
    assert!(csp.contains("default-src 'none'"), "{name}: {csp}");
    assert!(!csp.contains("unsafe-inline"), "{name}: {csp}");
    assert!(!csp.contains("http"), "{name}: {csp}");
    for node in doc.descendants().filter(roxmltree::Node::is_element) {
        for attribute in node.attributes() {
            let local = attribute.name();
            if matches!(
                local,
                "href" | "src" | "srcset" | "action" | "poster" | "data"
            ) {
                let value = attribute.value();
                assert!(
                    value.starts_with("data:") || value.starts_with('#'),
                    "{name}: <{}> refers outside the page: {local}=\"{}\"",
                    node.tag_name().name(),
                    &value[..value.len().min(80)]
                );
            }
            assert!(
                !attribute.name().starts_with("on"),
                "{name}: an inline event handler: {}",
                attribute.name()
            );
            if attribute.value().contains("url(") {
                assert!(
                    attribute.value().contains("url(#"),
                    "{name}: {}",
                    attribute.value()
                );
            }
        }
        if matches!(
            node.tag_name().name(),
            "link" | "iframe" | "object" | "embed" | "base"
        ) {
            panic!("{name}: a <{}> element", node.tag_name().name());
        }
    }
    for tag in ["script", "style"] {
        for node in doc.descendants().filter(|n| n.has_tag_name(tag)) {
            assert!(node.attribute("src").is_none(), "{name}: <{tag} src>");
            let text: String = node.descendants().filter_map(|n| n.text()).collect();
            for fetch in [
                "http:",
                "https:",
                "//",
                "@import",
                "fetch(",
                "XMLHttpRequest",
            ] {
                let fetch_like = if fetch == "//" {
                    text.contains("url(//") || text.contains("'//") || text.contains("\"//")
                } else {
                    text.contains(fetch)
                };
                assert!(!fetch_like, "{name}: <{tag}> mentions {fetch}");
            }
        }
    }
}

#[test]
fn the_html_of_each_example_map_parses_holds_every_step_and_persona_and_refers_to_nothing_outside()
{
    let dir = tempfile::tempdir().expect("dir");
    for name in EXAMPLES {
        let file = format!("{name}.html");
        let html = export_html(&example(name), dir.path(), &file);
        assert!(
            html.len() < 5 * 1024 * 1024,
            "{name}: {} bytes, more than 5 MB",
            html.len()
        );
        println!("{name}.html: {} bytes", html.len());
        assert!(html.starts_with("<!DOCTYPE html>"), "{name}");
        let doc = parse(&html);
        assert_self_contained(&doc, name);
        let texts = texts(&doc);
        let map = klantreis::io::load(&example(name)).expect("load").map;
        for step in map.steps() {
            assert!(
                texts.iter().any(|t| t.trim() == step.title.trim()),
                "{name}: step \"{}\" is not in the page",
                step.title
            );
            // Its card and its dot on the canvas.
            let card = doc
                .descendants()
                .find(|n| n.attribute("id") == Some(&format!("step-{}", step.id)))
                .unwrap_or_else(|| panic!("{name}: no card for step {}", step.id));
            assert!(card.attribute("hidden").is_some());
            let dot = step.id.to_string();
            assert!(
                doc.descendants()
                    .any(|n| n.has_tag_name("circle") && n.attribute("data-step") == Some(&dot)),
                "{name}: step {} has no dot on the canvas",
                step.id
            );
        }
        for persona in &map.personas {
            assert!(
                texts.iter().any(|t| t.trim() == persona.name.trim()),
                "{name}: persona \"{}\" is not in the page",
                persona.name
            );
        }
        for item in &map.content {
            assert!(
                texts.iter().any(|t| t.trim() == item.title.trim()),
                "{name}: content \"{}\" is not in the calendar",
                item.title
            );
        }
        // Real headings and tables for screen readers.
        assert_eq!(
            doc.descendants().filter(|n| n.has_tag_name("h1")).count(),
            1
        );
        let tables = doc
            .descendants()
            .filter(|n| n.has_tag_name("table"))
            .count();
        assert!(tables > map.journeys.len(), "{name}: {tables} tables");
        assert_eq!(
            doc.descendants()
                .filter(|n| n.has_tag_name("script"))
                .count(),
            1
        );
        // Exporting again replaces Klantreis's own page without --force.
        let again = export_html(&example(name), dir.path(), &file);
        assert_eq!(again, html, "{name}: the same map makes the same page");
    }
}

/// Texts that would break out of HTML, XML, attributes or CDATA if written raw.
const HOSTILE: [&str; 6] = [
    "</title><script>alert('title')</script>",
    "<img src=x onerror=alert(1)> \"quoted\" 'single' ]]> &amp; --> <!--",
    "</details><script src=\"https://example.com/x.js\"></script>",
    "\" onmouseover=\"alert(2)\" data-x=\"",
    "</style><style>body{background:url(https://example.com/t.png)}</style>",
    "//]]></script><script>alert(3)</script><![CDATA[",
];

fn hostile_map() -> Map {
    let mut map = PhaseTemplate::FivePhase.new_map(klantreis::i18n::Language::En);
    map.title = HOSTILE[0].to_owned();
    map.goal = HOSTILE[5].to_owned();
    map.description = HOSTILE[4].to_owned();
    map.phases[0].name = HOSTILE[3].to_owned();
    let mut persona = Persona::new(PersonaId(1), HOSTILE[2]);
    persona.quote = HOSTILE[1].to_owned();
    persona.goals = vec![HOSTILE[5].to_owned()];
    map.personas.push(persona);
    let mut first = Step::new(StepId(1), PhaseId(1), 0.5, 1.0, HOSTILE[1]);
    first.actions = vec![HOSTILE[4].to_owned(), HOSTILE[5].to_owned()];
    first.touchpoint = HOSTILE[2].to_owned();
    let mut second = Step::new(StepId(2), PhaseId(3), 0.5, -2.0, HOSTILE[5]);
    second.pain_points = vec![HOSTILE[0].to_owned()];
    map.journeys.push(Journey {
        to_be_of: None,
        id: JourneyId(1),
        name: HOSTILE[3].to_owned(),
        color: Rgb(0, 114, 178),
        persona: Some(PersonaId(1)),
        steps: vec![first, second],
    });
    let mut item = ContentItem::new(
        ContentId(1),
        HOSTILE[0],
        ContentType::Other(HOSTILE[4].to_owned()),
        PhaseId(2),
        chrono::NaiveDate::from_ymd_opt(2027, 3, 2).expect("a date"),
    );
    item.owner = HOSTILE[3].to_owned();
    map.content.push(item);
    map
}

#[test]
fn a_hostile_map_stays_text_in_the_html() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("hostile.ron");
    klantreis::io::save(&path, &hostile_map()).expect("save");
    let html = export_html(&path, dir.path(), "hostile.html");
    let doc = parse(&html);
    assert_self_contained(&doc, "hostile");
    assert_eq!(
        doc.descendants()
            .filter(|n| n.has_tag_name("script"))
            .count(),
        1,
        "the page's own script only"
    );
    assert_eq!(
        doc.descendants()
            .filter(|n| n.has_tag_name("style"))
            .count(),
        2,
        "the page's own style, and its own font (Noto Sans, the labels' measure)"
    );
    assert!(policy(&doc).contains("font-src data:"));
    assert!(html.contains("@font-face{font-family:'Noto Sans';font-weight:700"));
    assert!(!doc.descendants().any(|n| n.has_tag_name("img")));
    assert!(
        doc.descendants()
            .flat_map(|n| n.attributes())
            .all(|a| !a.name().starts_with("on") && a.name() != "data-x")
    );
    // Every hostile text reads back exactly, as text.
    let texts = texts(&doc);
    for hostile in HOSTILE {
        assert!(
            texts.iter().any(|t| t.contains(hostile)),
            "not found as text: {hostile}"
        );
    }
    // The raw markup never appears unescaped.
    assert!(!html.contains("<img src=x"));
    assert!(!html.contains("onmouseover=\"alert"));
    assert_eq!(html.matches("<script").count(), 1);
    assert_eq!(
        html.matches("]]>").count(),
        2,
        "only the page's own CDATA ends"
    );
}

/// A proxy that answers nothing and notes where each request goes: every
/// request the browser makes comes to it, the page's and the browser's own.
struct Trap {
    port: u16,
    requests: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

/// Chromium's own service hosts, which it calls even with background
/// networking off (clock, account and connectivity checks): not the page's.
const BROWSER_HOSTS: [&str; 4] = ["google.com", "googleapis.com", "gvt1.com", "gstatic.com"];

impl Trap {
    fn start() -> Self {
        use std::io::Read as _;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a local port");
        let port = listener.local_addr().expect("its address").port();
        let requests = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let seen = requests.clone();
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(1)));
                let mut head = [0; 512];
                let n = stream.read(&mut head).unwrap_or(0);
                let line = String::from_utf8_lossy(&head[..n])
                    .lines()
                    .next()
                    .unwrap_or("(nothing read)")
                    .to_owned();
                seen.lock().expect("the list").push(line);
                // Refuse: close at once, without an answer.
            }
        });
        Self { port, requests }
    }

    /// The requests to anywhere but Chromium's own services.
    fn page_requests(&self) -> Vec<String> {
        let host = |line: &str| {
            let target = line.split_whitespace().nth(1).unwrap_or_default();
            let target = target.split("://").last().unwrap_or_default();
            target
                .split(['/', ':'])
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        self.requests
            .lock()
            .expect("the list")
            .iter()
            .filter(|line| {
                let host = host(line);
                !BROWSER_HOSTS
                    .iter()
                    .any(|b| host == *b || host.ends_with(&format!(".{b}")))
            })
            .cloned()
            .collect()
    }
}

/// Opens `url` in headless Chromium with every request sent to `trap`, lets
/// its scripts run, and returns the page's DOM as the browser holds it and
/// what Chromium logged (the page's console among it).
fn browser_dom_and_log(chromium: &Path, url: &str, trap: &Trap) -> (String, String) {
    let profile = tempfile::tempdir().expect("a fresh profile");
    let output = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--proxy-server=http://127.0.0.1:{}", trap.port))
        .arg("--proxy-bypass-list=<-loopback>")
        .arg("--virtual-time-budget=5000")
        .arg("--dump-dom")
        .arg(url)
        .output()
        .expect("chromium runs");
    assert!(
        output.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The page's DOM as headless Chromium holds it (see [`browser_dom_and_log`]).
fn browser_dom(chromium: &Path, url: &str, trap: &Trap) -> String {
    browser_dom_and_log(chromium, url, trap).0
}

#[test]
fn in_headless_chromium_a_clicked_step_shows_its_lanes_and_no_request_leaves_the_page() {
    let Some(chromium) = chromium_for(
        "in_headless_chromium_a_clicked_step_shows_its_lanes_and_no_request_leaves_the_page",
    ) else {
        return;
    };
    let dir = tempfile::tempdir().expect("dir");
    let trap = Trap::start();
    for name in ["kettle", "clothing"] {
        let file = format!("{name}.html");
        export_html(&example(name), dir.path(), &file);
        let map = klantreis::io::load(&example(name)).expect("load").map;
        let journey = map.journeys.last().expect("a journey");
        let step = journey
            .steps
            .iter()
            .find(|s| !s.pain_points.is_empty() || !s.actions.is_empty())
            .expect("a step with lanes");
        let url = format!(
            "file://{}#test-click={}",
            dir.path().join(&file).display(),
            step.id
        );
        let dom = browser_dom(&chromium, &url, &trap);
        assert!(
            dom.contains(&format!("data-shown-step=\"{}\"", step.id)),
            "{name}: the page's script did not show step {}",
            step.id
        );
        // The clicked step's card is shown, and only it.
        let card_start = dom
            .find(&format!("id=\"step-{}\"", step.id))
            .expect("the card");
        let open = &dom[dom[..card_start].rfind('<').expect("its tag")..];
        let tag = &open[..open.find('>').expect("the tag ends")];
        assert!(!tag.contains("hidden"), "{name}: the card is hidden: {tag}");
        let shown_cards = dom
            .match_indices("class=\"step-card\"")
            .filter(|(at, _)| {
                let tag = &dom[*at..];
                !tag[..tag.find('>').unwrap_or(0)].contains("hidden")
            })
            .count();
        assert_eq!(shown_cards, 1, "{name}: one card shown");
        // Its lanes are in the shown card, as the browser parsed them.
        let card = &open[..open.find("</article>").expect("the card ends")];
        let escaped = |t: &str| {
            t.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        };
        for text in step.actions.iter().chain(&step.pain_points) {
            assert!(
                card.contains(&escaped(text)),
                "{name}: the lane text \"{text}\" is not in the shown card"
            );
        }
        // Without the test hook nothing is shown: the click did it.
        let plain = browser_dom(
            &chromium,
            &format!("file://{}", dir.path().join(&file).display()),
            &trap,
        );
        assert!(!plain.contains("data-shown-step=\""), "{name}");
    }
    assert_eq!(
        trap.page_requests(),
        Vec::<String>::new(),
        "requests left the page"
    );

    // The trap does catch a page's request: a page without the policy that
    // loads a picture from the internet is seen.
    let leaky = dir.path().join("leaky.html");
    std::fs::write(
        &leaky,
        "<!DOCTYPE html><html><body><img src=\"http://example.com/pixel.png\" alt=\"\"></body></html>",
    )
    .expect("write");
    browser_dom(&chromium, &format!("file://{}", leaky.display()), &trap);
    assert!(
        trap.page_requests()
            .iter()
            .any(|r| r.contains("example.com")),
        "the trap saw no request from a page that makes one: {:?}",
        trap.page_requests()
    );
}

/// The number of points of a `<polyline points="…">`.
fn point_count(node: roxmltree::Node<'_, '_>) -> usize {
    node.attribute("points")
        .expect("points")
        .split_whitespace()
        .count()
}

/// All the text under a node.
fn text_under(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(roxmltree::Node::is_text)
        .filter_map(|n| n.text())
        .collect()
}

#[test]
fn the_html_of_the_clothing_map_has_kpi_sparklines_evidence_surveys_and_its_experiments() {
    let dir = tempfile::tempdir().expect("dir");
    let html = export_html(&example("clothing"), dir.path(), "clothing.html");
    let map = klantreis::io::load(&example("clothing")).expect("load").map;
    let doc = parse(&html);
    assert_self_contained(&doc, "clothing");

    // A sparkline per measured KPI, in the phases' order, a point per measurement.
    let measured: Vec<&klantreis::model::Kpi> = map
        .phases
        .iter()
        .flat_map(|p| &p.kpis)
        .filter(|k| !k.measurements.is_empty())
        .collect();
    let sparks: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("svg") && n.attribute("class") == Some("spark"))
        .collect();
    assert_eq!(sparks.len(), measured.len(), "a sparkline per measured KPI");
    assert!(measured.len() >= 10);
    for (svg, kpi) in sparks.iter().zip(&measured) {
        let line = svg
            .descendants()
            .find(|n| n.has_tag_name("polyline"))
            .expect("the line");
        assert_eq!(point_count(line), kpi.measurements.len(), "{}", kpi.name);
        assert!(
            svg.attribute("aria-label")
                .is_some_and(|l| l.starts_with(&kpi.name)),
            "{}: named for screen readers",
            kpi.name
        );
        let target = svg.descendants().find(|n| n.has_tag_name("line"));
        assert_eq!(
            target.is_some(),
            kpi.current_target().is_some(),
            "{}: the target line",
            kpi.name
        );
        let words = text_under(svg.parent().expect("its item"));
        assert!(
            words.contains("on target") || words.contains("off target"),
            "{}: on or off target in words: {words}",
            kpi.name
        );
    }

    // The map's backed steps, and each phase's backed claims.
    let backed = map.steps().filter(|s| s.evidence.kind.backed()).count();
    let line = format!(
        "{backed} of {} steps backed by research or data",
        map.steps().count()
    );
    assert!(texts(&doc).contains(&line.as_str()), "{line}");
    let claims = texts(&doc)
        .iter()
        .filter(|t| t.contains("claims backed ("))
        .count();
    assert_eq!(
        claims,
        map.phases.len(),
        "a share of backed claims per phase"
    );

    // A step card says where its step comes from and, with a survey, what was measured.
    for step in map.steps() {
        let card = doc
            .descendants()
            .find(|n| n.attribute("id") == Some(&format!("step-{}", step.id)))
            .expect("a card per step");
        let words = text_under(card);
        if !step.evidence.source.is_empty() {
            assert!(words.contains(&step.evidence.source), "{}", step.title);
        }
        assert!(words.contains("Evidence: "), "{}", step.title);
        if let Some(measured) = step.measured() {
            assert!(
                words.contains(&format!("{} respondents", measured.respondents)),
                "{}: {words}",
                step.title
            );
        }
    }

    // Without a script the lanes tables say it too: a row of evidence and
    // of measured emotion per journey, and each backed lane item its source.
    let row_heads: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("th") && n.attribute("scope") == Some("row"))
        .map(text_under)
        .collect();
    let surveyed = map
        .journeys
        .iter()
        .filter(|j| j.steps.iter().any(|s| s.measured().is_some()))
        .count();
    assert!(surveyed >= 2);
    for (head, journeys) in [("Evidence", map.journeys.len()), ("Measured", surveyed)] {
        assert_eq!(
            row_heads.iter().filter(|h| *h == head).count(),
            journeys,
            "a row \"{head}\" per journey's lanes (measured: where a survey scored a step)"
        );
    }
    let notes: Vec<String> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("claim"))
        .map(text_under)
        .collect();
    for step in map.steps() {
        for claim in step.claims.iter().filter(|c| c.kind.backed()) {
            assert!(
                notes.iter().any(|n| n.contains(&claim.source)),
                "{}: the source of \"{}\"",
                step.title,
                claim.item
            );
        }
    }

    // The experiments, by phase, each with its status in words.
    let section = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("experiments"))
        .expect("an experiments section");
    let rows: Vec<roxmltree::Node> = section
        .descendants()
        .filter(|n| n.has_tag_name("tr") && n.parent().is_some_and(|p| p.has_tag_name("tbody")))
        .collect();
    let experiments: Vec<_> = map.experiments().collect();
    assert_eq!(experiments.len(), 2);
    assert_eq!(rows.len(), experiments.len());
    let words = text_under(section);
    for placed in experiments {
        let e = placed.experiment;
        for text in [&e.hypothesis, &e.kpi, &e.variant_a, &e.variant_b] {
            assert!(words.contains(text.as_str()), "{text}");
        }
        let phase = &map.phase(placed.phase).expect("its phase").name;
        assert!(words.contains(&format!("Experiments of \u{201c}{phase}\u{201d}")));
    }
    assert!(
        words.contains("Won") && words.contains("Running"),
        "{words}"
    );

    // The largest gaps between measured and perceived.
    let gaps = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("gaps"))
        .expect("the gaps");
    assert_eq!(
        gaps.descendants().filter(|n| n.has_tag_name("li")).count(),
        8
    );
}

#[test]
fn a_hostile_experiment_kpi_and_evidence_source_stay_text_in_the_html() {
    use klantreis::model::{
        Evidence, Experiment, ExperimentStatus, Lane, SurveyScale, SurveyScore,
    };
    let mut map = hostile_map();
    let date = |d: u32| chrono::NaiveDate::from_ymd_opt(2027, 1, d);
    let mut kpi = common::measured::daily_kpi(HOSTILE[3], HOSTILE[1], 5);
    kpi.target = Some(3.0);
    map.phases[2].kpis.push(kpi);
    let step = &mut map.journeys[0].steps[1];
    step.evidence.kind = Evidence::Research;
    step.evidence.source = HOSTILE[1].to_owned();
    step.survey.push(SurveyScore {
        date: date(3),
        score: 2.0,
        scale: SurveyScale::OneToFive,
        respondents: 12,
    });
    let mut experiment = Experiment::new(step, Lane::PainPoints, HOSTILE[0]);
    experiment.hypothesis = HOSTILE[5].to_owned();
    experiment.kpi = HOSTILE[3].to_owned();
    experiment.variant_a = HOSTILE[0].to_owned();
    experiment.variant_b = HOSTILE[2].to_owned();
    experiment.result = HOSTILE[4].to_owned();
    experiment.status = ExperimentStatus::Running;
    step.experiments.push(experiment);

    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("hostile.ron");
    klantreis::io::save(&path, &map).expect("save");
    let html = export_html(&path, dir.path(), "hostile.html");
    let doc = parse(&html);
    assert_self_contained(&doc, "hostile experiment");
    assert_eq!(
        html.matches("<script").count(),
        1,
        "the page's own script only"
    );
    assert_eq!(
        html.matches("]]>").count(),
        2,
        "only the page's own CDATA ends"
    );
    let section = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("experiments"))
        .expect("the experiments");
    let words = text_under(section);
    for hostile in [HOSTILE[5], HOSTILE[3], HOSTILE[0], HOSTILE[2], HOSTILE[4]] {
        assert!(words.contains(hostile), "not found as text: {hostile}");
    }
    let spark = doc
        .descendants()
        .find(|n| n.has_tag_name("svg") && n.attribute("class") == Some("spark"))
        .expect("the hostile KPI's sparkline");
    assert!(
        spark
            .attribute("aria-label")
            .is_some_and(|l| l.starts_with(HOSTILE[3])),
        "the label reads back as text"
    );
    assert_eq!(
        point_count(
            spark
                .descendants()
                .find(|n| n.has_tag_name("polyline"))
                .expect("its line")
        ),
        5
    );
    let card = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("step-2"))
        .expect("the card");
    assert!(text_under(card).contains(HOSTILE[1]), "the evidence source");
}

#[test]
fn in_headless_chromium_the_sparklines_and_experiments_show_and_the_policy_refuses_nothing() {
    let Some(chromium) = chromium_for(
        "in_headless_chromium_the_sparklines_and_experiments_show_and_the_policy_refuses_nothing",
    ) else {
        return;
    };
    let dir = tempfile::tempdir().expect("dir");
    export_html(&example("clothing"), dir.path(), "clothing.html");
    let map = klantreis::io::load(&example("clothing")).expect("load").map;
    // What the browser holds and what its console says.
    let trap = Trap::start();
    let open =
        |file: &Path| browser_dom_and_log(&chromium, &format!("file://{}", file.display()), &trap);
    let (dom, log) = open(&dir.path().join("clothing.html"));
    let refused: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("Content Security Policy"))
        .collect();
    assert!(refused.is_empty(), "the policy refused: {refused:?}");
    let measured = map
        .phases
        .iter()
        .flat_map(|p| &p.kpis)
        .filter(|k| !k.measurements.is_empty())
        .count();
    assert_eq!(dom.matches("<svg class=\"spark\"").count(), measured);
    let first = &dom[dom.find("<svg class=\"spark\"").expect("a sparkline")..];
    let first = &first[..first.find("</svg>").expect("its end")];
    let points = first
        .split("points=\"")
        .nth(1)
        .and_then(|p| p.split('"').next())
        .expect("the line's points");
    let kpi = map
        .phases
        .iter()
        .flat_map(|p| &p.kpis)
        .find(|k| !k.measurements.is_empty())
        .expect("a measured KPI");
    assert_eq!(points.split_whitespace().count(), kpi.measurements.len());
    for placed in map.experiments() {
        let hypothesis = placed
            .experiment
            .hypothesis
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(dom.contains(&hypothesis), "{hypothesis}");
    }

    // The console does show what the policy refuses: a page with the same
    // policy and a style attribute is reported.
    let leaky = dir.path().join("styled.html");
    let csp = policy(&parse(
        &std::fs::read_to_string(dir.path().join("clothing.html")).expect("read"),
    ));
    std::fs::write(
        &leaky,
        format!(
            "<!DOCTYPE html><html><head><meta http-equiv=\"content-security-policy\" \
             content=\"{csp}\"/></head><body><p style=\"color:red\">x</p></body></html>"
        ),
    )
    .expect("write");
    let (_, log) = open(&leaky);
    assert!(
        log.contains("Content Security Policy"),
        "the console reports nothing the policy refuses: {log}"
    );
    assert_eq!(
        trap.page_requests(),
        Vec::<String>::new(),
        "requests left the page"
    );
}

#[test]
fn a_card_lists_every_score_of_the_day_and_no_count_the_survey_did_not_give() {
    use klantreis::model::{SurveyScale, SurveyScore};
    klantreis::i18n::set_language(klantreis::i18n::Language::En);
    let mut map = klantreis::io::load(&example("clothing")).expect("load").map;
    let step = map.journeys[0]
        .steps
        .iter_mut()
        .find(|s| !s.survey.is_empty())
        .expect("a surveyed step");
    let id = step.id;
    let day = chrono::NaiveDate::from_ymd_opt(2027, 3, 1);
    // Asked on two scales the same day, by an export that gave no counts.
    step.survey = vec![
        SurveyScore {
            date: day,
            score: 2.0,
            scale: SurveyScale::OneToFive,
            respondents: 0,
        },
        SurveyScore {
            date: day,
            score: 3.5,
            scale: SurveyScale::ZeroToTen,
            respondents: 0,
        },
    ];
    let title = step.title.clone();
    let html = klantreis::picture::html::html(&map, &klantreis::picture::ExportOptions::default());
    let doc = parse(&html);
    let card = doc
        .descendants()
        .find(|n| n.attribute("id") == Some(&format!("step-{id}")))
        .expect("the step's card");
    let words = text_under(card);
    assert!(words.contains("2.0 on a scale of 1 to 5"), "{words}");
    assert!(words.contains("3.5 on a scale of 0 to 10"), "{words}");
    assert!(
        !words.contains("respondents"),
        "no count was given: {words}"
    );
    // Nor does the list of largest gaps claim nobody answered.
    let all = texts(&doc).concat();
    assert!(
        !all.contains(" 0 respondents") && !all.contains("(0 respondents"),
        "a count of nought is shown"
    );
    assert!(
        klantreis::picture::findings::gap_lines(&map, &Default::default(), 100)
            .iter()
            .any(|line| line.starts_with(&title) && !line.contains("respondents")),
        "the step's gap is listed without a count"
    );
}
