//! `klantreis import --metrics/--survey` with real-looking exports (a Dutch
//! Excel CSV, an NPS export with counts, a survey export) and broken files,
//! each refused with the file, line and column and the map left unchanged;
//! and `export --metrics-csv` writing the measurements back.

mod common;
use common::{klantreis, stdout, two_step_map};

use std::path::Path;

use klantreis::i18n::Language;
use klantreis::io;
use klantreis::model::{Map, StepId, SurveyScale};

/// The Waterkoker map with English phase names, saved in `dir` as map.ron.
fn map_in(dir: &Path) -> Map {
    let map = two_step_map(Language::En, "Reads reviews", "Waits for delivery");
    io::save(&dir.join("map.ron"), &map).expect("save");
    map
}

fn loaded(dir: &Path) -> Map {
    io::load(&dir.join("map.ron")).expect("load").map
}

fn kpi<'m>(map: &'m Map, phase: &str, name: &str) -> &'m klantreis::model::Kpi {
    map.phases
        .iter()
        .find(|p| p.name == phase)
        .and_then(|p| p.kpis.iter().find(|k| k.name == name))
        .unwrap_or_else(|| panic!("no KPI {name} in {phase}"))
}

/// What Excel writes when a Dutch consultant saves a sheet as "CSV UTF-8":
/// a byte-order mark, semicolons, Dutch headers in another order, thousands
/// points, decimal commas, a percentage and dd-mm-yyyy dates.
const DUTCH_EXCEL: &str = "\u{feff}Datum;Fase;KPI;Waarde;Doel;Eenheid\r\n\
07-01-2027;Awareness;Bezoekers;8.400;10.000;count\r\n\
07-02-2027;Awareness;Bezoekers;9.150;10.000;count\r\n\
07-01-2027;Decision;Conversie;1,9%;2,5;\r\n\
07-02-2027;Decision;Conversie;2,3%;2,5;\r\n\
\"07-03-2027\";\"Decision\";\"Conversie\";\"2,6%\";\"2,5\";\"\"\r\n";

#[test]
fn a_dutch_excel_export_is_read_with_its_points_commas_and_percentages() {
    let dir = tempfile::tempdir().expect("dir");
    map_in(dir.path());
    std::fs::write(dir.path().join("ga4.csv"), DUTCH_EXCEL).expect("write");
    let output = klantreis(&["import", "map.ron", "--metrics", "ga4.csv"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("Imported 5 measurements"),
        "{}",
        stdout(&output)
    );
    let map = loaded(dir.path());
    let visitors = kpi(&map, "Awareness", "Bezoekers");
    let values: Vec<f64> = visitors.measurements.iter().map(|m| m.value).collect();
    assert_eq!(values, [8400.0, 9150.0]);
    assert_eq!(visitors.measurements[0].target, Some(10000.0));
    assert_eq!(visitors.unit, "count");
    assert_eq!(
        visitors.measurements[1].date,
        chrono::NaiveDate::from_ymd_opt(2027, 2, 7)
    );
    let conversion = kpi(&map, "Decision", "Conversie");
    let values: Vec<f64> = conversion.measurements.iter().map(|m| m.value).collect();
    assert_eq!(values, [1.9, 2.3, 2.6]);
    assert_eq!(conversion.unit, "%");
    assert!(io::backup_path(&dir.path().join("map.ron")).exists());
}

#[test]
fn an_nps_export_with_counts_becomes_net_promoter_scores() {
    let dir = tempfile::tempdir().expect("dir");
    map_in(dir.path());
    std::fs::write(
        dir.path().join("nps.csv"),
        "date,phase,kpi,promoters,passives,detractors\n\
         2027-01-31,Advocacy,NPS,120,50,30\n\
         2027-02-28,Advocacy,NPS,130,45,25\n",
    )
    .expect("write");
    let output = klantreis(&["import", "map.ron", "--metrics", "nps.csv"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let map = loaded(dir.path());
    let nps = kpi(&map, "Advocacy", "NPS");
    let values: Vec<f64> = nps.measurements.iter().map(|m| m.value).collect();
    // (120 − 30) / 200 = 45 %; (130 − 25) / 200 = 52.5 %.
    assert_eq!(values, [45.0, 52.5]);
    assert_eq!(nps.unit, "NPS");
}

#[test]
fn a_survey_export_gives_steps_a_measured_emotion() {
    let dir = tempfile::tempdir().expect("dir");
    map_in(dir.path());
    std::fs::write(
        dir.path().join("survey.csv"),
        "stap;score;datum;respondenten\n\
         Reads reviews;4,2;15-03-2027;120\n\
         2;1,5;15-03-2027;80\n",
    )
    .expect("write");
    let output = klantreis(
        &[
            "import",
            "map.ron",
            "--survey",
            "survey.csv",
            "--scale",
            "1-5",
        ],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let map = loaded(dir.path());
    let (_, first) = map.step(StepId(1)).expect("step 1");
    let measured = first.measured().expect("measured");
    assert_eq!(measured.respondents, 120);
    assert!((measured.emotion - 1.8).abs() < 1e-9, "{measured:?}");
    let (_, second) = map.step(StepId(2)).expect("step 2");
    assert_eq!(second.survey[0].scale, SurveyScale::OneToFive);
    assert!((second.measured().expect("measured").emotion - (-2.25)).abs() < 1e-9);
}

#[test]
fn measurements_export_and_import_back_unchanged() {
    let dir = tempfile::tempdir().expect("dir");
    map_in(dir.path());
    std::fs::write(dir.path().join("ga4.csv"), DUTCH_EXCEL).expect("write");
    assert!(
        klantreis(&["import", "map.ron", "--metrics", "ga4.csv"], dir.path())
            .status
            .success()
    );
    let before = loaded(dir.path());
    let output = klantreis(
        &["export", "map.ron", "--metrics-csv", "out.csv"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let text = std::fs::read_to_string(dir.path().join("out.csv")).expect("csv");
    assert!(
        text.starts_with(
            "date,phase,kpi,value,target,unit\n2027-01-07,Awareness,Bezoekers,8400,10000,count\n"
        ),
        "{text}"
    );
    assert!(
        klantreis(&["import", "map.ron", "--metrics", "out.csv"], dir.path())
            .status
            .success()
    );
    assert_eq!(loaded(dir.path()), before);
}

/// A broken export: its name, its bytes, and what the message must say.
struct Broken {
    name: &'static str,
    bytes: Vec<u8>,
    says: &'static [&'static str],
}

fn broken_files() -> Vec<Broken> {
    let b = |name, text: &str, says| Broken {
        name,
        bytes: text.as_bytes().to_vec(),
        says,
    };
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "date,kpi,value\n".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    vec![
        b(
            "bad-date.csv",
            "date;phase;kpi;value\n07-01-2027;Awareness;Visits;10\n31-02-2027;Awareness;Visits;12\n",
            &["line 3, column 1 (date)", "'31-02-2027' is not a date"],
        ),
        b(
            "text-in-number.csv",
            "date,phase,kpi,value\n2027-01-07,Awareness,Visits,ten\n",
            &["line 2, column 4 (value)", "'ten' is not a number"],
        ),
        b(
            "unknown-phase.csv",
            "date,fase,kpi,waarde\n2027-01-07,Aandacht,Visits,10\n",
            &[
                "line 2, column 2 (fase)",
                "no phase 'Aandacht'",
                "Awareness, Consideration",
            ],
        ),
        b("empty.csv", "", &["empty.csv is empty"]),
        b(
            "header-only.csv",
            "date,kpi,value\n",
            &["has a header row but no figures"],
        ),
        b(
            "no-kpi-column.csv",
            "date,value\n2027-01-07,10\n",
            &["line 1", "no 'kpi' column"],
        ),
        b(
            "kpi-without-phase.csv",
            "date,kpi,value\n2027-01-07,Mystery,10\n",
            &["line 2, column 2 (kpi)", "no phase has a KPI 'Mystery'"],
        ),
        b(
            "unbalanced-quotes.csv",
            "date,phase,kpi,value\n2027-01-07,Awareness,\"Visits,10\n2027-01-08,Awareness,Visits,11\n",
            &["line 2"],
        ),
        b(
            "empty-kpi.csv",
            "date,phase,kpi,value\n2027-01-07,Awareness,,10\n",
            &["line 2, column 3 (kpi)", "the cell is empty"],
        ),
        b(
            "nps-no-one.csv",
            "date,phase,kpi,promoters,passives,detractors\n2027-01-07,Advocacy,NPS,0,0,0\n",
            &["line 2, column 4 (promoters)", "add up to no one"],
        ),
        b(
            "no-value.csv",
            "date,phase,kpi,value\n2027-01-07,Awareness,Visits,10\n2027-01-08,Awareness,Visits,\n",
            &["line 3, column 4 (value)", "no value"],
        ),
        Broken {
            name: "utf16.csv",
            bytes: utf16,
            says: &["Unicode text (UTF-16)", "CSV UTF-8"],
        },
        Broken {
            name: "garbage.csv",
            bytes: vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
            says: &["line 2, column 1", "not a text file"],
        },
    ]
}

#[test]
fn broken_metrics_files_are_refused_with_line_and_column_and_the_map_stays_as_it_was() {
    let dir = tempfile::tempdir().expect("dir");
    map_in(dir.path());
    let before = std::fs::read(dir.path().join("map.ron")).expect("read");
    for broken in broken_files() {
        std::fs::write(dir.path().join(broken.name), &broken.bytes).expect("write");
        let output = klantreis(&["import", "map.ron", "--metrics", broken.name], dir.path());
        let said = stdout(&output);
        assert_eq!(output.status.code(), Some(1), "{}: {said}", broken.name);
        assert!(said.contains(broken.name), "{}: {said}", broken.name);
        for part in broken.says {
            assert!(
                said.contains(part),
                "{}: expected {part:?} in {said}",
                broken.name
            );
        }
        assert!(said.contains("Nothing was imported"), "{said}");
        assert_eq!(
            std::fs::read(dir.path().join("map.ron")).expect("read"),
            before,
            "{} changed the map",
            broken.name
        );
    }
}

#[test]
fn a_bad_row_after_good_ones_imports_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    map_in(dir.path());
    let before = std::fs::read(dir.path().join("map.ron")).expect("read");
    let mut text = String::from("date,phase,kpi,value\n");
    for day in 1..=28 {
        text.push_str(&format!("2027-02-{day:02},Awareness,Visits,{day}\n"));
    }
    text.push_str("2027-02-29,Awareness,Visits,29\n");
    std::fs::write(dir.path().join("feb.csv"), text).expect("write");
    let output = klantreis(&["import", "map.ron", "--metrics", "feb.csv"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("line 30, column 1 (date)"),
        "{}",
        stdout(&output)
    );
    assert_eq!(
        std::fs::read(dir.path().join("map.ron")).expect("read"),
        before
    );
}

#[test]
fn a_100_mb_export_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("dir");
    map_in(dir.path());
    let file = std::fs::File::create(dir.path().join("huge.csv")).expect("create");
    // A sparse file: 100 MB on paper, nothing on disk.
    file.set_len(100 * 1024 * 1024).expect("size");
    let output = klantreis(&["import", "map.ron", "--metrics", "huge.csv"], dir.path());
    assert_eq!(output.status.code(), Some(1));
    let said = stdout(&output);
    assert!(said.contains("huge.csv is 100 MB"), "{said}");
    assert!(said.contains("up to 32 MB"), "{said}");
}

#[test]
fn survey_scores_off_the_scale_or_for_unknown_steps_are_refused() {
    let dir = tempfile::tempdir().expect("dir");
    map_in(dir.path());
    let before = std::fs::read(dir.path().join("map.ron")).expect("read");
    for (text, says) in [
        (
            "step,score\nReads reviews,7\n",
            "line 2, column 2 (score): the score 7 is not on the scale 1 to 5",
        ),
        (
            "step,score\nOrders a kettle,3\n",
            "line 2, column 1 (step): the map has no step 'Orders a kettle'",
        ),
        (
            "step,score,journey\nReads reviews,3,Bas\n",
            "line 2, column 3 (journey): the map has no journey or persona 'Bas'",
        ),
    ] {
        std::fs::write(dir.path().join("survey.csv"), text).expect("write");
        let output = klantreis(&["import", "map.ron", "--survey", "survey.csv"], dir.path());
        assert_eq!(output.status.code(), Some(1));
        assert!(stdout(&output).contains(says), "{}", stdout(&output));
        assert_eq!(
            std::fs::read(dir.path().join("map.ron")).expect("read"),
            before
        );
    }
}

#[test]
fn errors_are_in_dutch_when_asked() {
    let dir = tempfile::tempdir().expect("dir");
    map_in(dir.path());
    std::fs::write(
        dir.path().join("x.csv"),
        "datum;kpi;waarde\n01-01-2027;Bezoek;veel\n",
    )
    .expect("write");
    let output = klantreis(
        &["import", "map.ron", "--metrics", "x.csv", "--lang", "nl"],
        dir.path(),
    );
    assert_eq!(output.status.code(), Some(1));
    let said = stdout(&output);
    assert!(
        said.contains("regel 2, kolom 3 (waarde): 'veel' is geen getal"),
        "{said}"
    );
    assert!(said.contains("Er is niets geïmporteerd"), "{said}");
}

#[test]
fn a_windows_1252_export_is_read_as_excel_meant_it() {
    let dir = tempfile::tempdir().expect("dir");
    map_in(dir.path());
    // "Omzet €" and "Overweging" in Windows-1252: € is byte 0x80.
    let mut bytes = b"date;phase;kpi;value;unit\n2027-01-07;Consideration;Omzet;1.250,50;".to_vec();
    bytes.push(0x80);
    bytes.push(b'\n');
    std::fs::write(dir.path().join("ansi.csv"), bytes).expect("write");
    let output = klantreis(&["import", "map.ron", "--metrics", "ansi.csv"], dir.path());
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    let map = loaded(dir.path());
    let revenue = kpi(&map, "Consideration", "Omzet");
    assert_eq!(revenue.unit, "€");
    assert_eq!(revenue.measurements[0].value, 1250.5);
}
