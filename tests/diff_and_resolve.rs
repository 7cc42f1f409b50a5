//! The semantic diff in a consultant's words, `klantreis diff` and
//! `klantreis merge` on the command line, and deciding merge conflicts as edits.

mod team;

use std::process::Command;

use klantreis::edit::merge::{Choice, ResolveError, resolve};
use klantreis::edit::{History, diff, merge};
use klantreis::i18n::{self, Language};
use klantreis::io;
use klantreis::model::{Map, PersonaId, PhaseId, StepId};
use team::*;

fn sentences(old: &Map, new: &Map) -> Vec<String> {
    diff(old, new).iter().map(i18n::diff::sentence).collect()
}

#[test]
fn the_diff_says_moves_additions_and_renames_in_words() {
    let base = base_map();
    let mut new = base.clone();
    step_mut(&mut new, 12).emotion = 1.0;
    step_mut(&mut new, 13)
        .pain_points
        .push("Shipping costs shown late".to_owned());
    persona_mut(&mut new, 2).name = "Budget Bas".to_owned();
    content_mut(&mut new, 2).date = day(2027, 3, 17);
    step_mut(&mut new, 22).phase = PhaseId(3);
    let said = sentences(&base, &new);
    for expected in [
        "Step 'Checks reviews' moved from Negative to Slightly positive",
        "Pain point added to 'Pays with iDEAL': 'Shipping costs shown late'",
        "Persona 'Bas' renamed to 'Budget Bas'",
        "Content item 'Review mail' moved from 10 Mar to 17 Mar",
        "Step 'Compares prices' moved from 'Consideration' to 'Purchase'",
    ] {
        assert!(
            said.iter().any(|s| s == expected),
            "{expected:?} not in {said:#?}"
        );
    }
    assert_eq!(said.len(), 5, "{said:#?}");
}

#[test]
fn the_diff_groups_steps_by_journey_and_phase() {
    let base = base_map();
    let mut new = base.clone();
    step_mut(&mut new, 21).title = "Googles".to_owned();
    step_mut(&mut new, 11).title = "Sees a poster".to_owned();
    let headings: Vec<String> = diff(&base, &new)
        .iter()
        .map(|c| i18n::diff::heading(&c.group))
        .collect();
    assert_eq!(
        headings,
        [
            "Journey 'Petra buys', phase 'Awareness'",
            "Journey 'Bas compares', phase 'Awareness'"
        ]
    );
}

#[test]
fn the_diff_of_equal_maps_is_empty_and_every_difference_is_said() {
    let base = base_map();
    assert!(diff(&base, &base).is_empty());
    let mut new = base.clone();
    new.journeys[0].steps.swap(0, 1);
    assert!(!diff(&base, &new).is_empty(), "a reorder is a change");
    let mut added = base.clone();
    added.uid = "abc".to_owned();
    assert!(!diff(&base, &added).is_empty(), "the identity is a change");
}

#[test]
fn the_diff_speaks_dutch() {
    i18n::set_language(Language::Nl);
    let base = base_map();
    let mut new = base.clone();
    step_mut(&mut new, 12).emotion = 1.0;
    let said = sentences(&base, &new);
    i18n::set_language(Language::En);
    assert_eq!(
        said,
        ["Stap 'Checks reviews' verplaatst van Negatief naar Licht positief"]
    );
}

fn conflicted() -> Map {
    let base = base_map();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    step_mut(&mut ours, 12).title = "Reads reviews".to_owned();
    step_mut(&mut theirs, 12).title = "Checks ratings".to_owned();
    journey_mut(&mut ours, 2).persona = None;
    journey_mut(&mut theirs, 2).persona = Some(PersonaId(1));
    let result = merge(&base, &ours, &theirs);
    assert_eq!(result.conflicts.len(), 2);
    result.map
}

#[test]
fn keeping_theirs_takes_their_value_and_is_one_undo_step() {
    let map = conflicted();
    let step = map
        .conflicts
        .iter()
        .position(|c| c.id == 12)
        .expect("the step conflict");
    let edit = resolve(&map, step, Choice::Theirs).expect("decided");
    let mut history = History::new();
    let mut after = map.clone();
    history.apply(&mut after, edit, None).expect("applies");
    assert_eq!(
        after.step(StepId(12)).map(|(_, s)| s.title.as_str()),
        Some("Checks ratings")
    );
    assert_eq!(after.conflicts.len(), 1);
    assert!(history.undo(&mut after));
    assert_eq!(after, map);
}

#[test]
fn keeping_mine_keeps_the_value_and_drops_the_conflict() {
    let map = conflicted();
    let journey = map
        .conflicts
        .iter()
        .position(|c| c.id == 2)
        .expect("the journey conflict");
    let klantreis::edit::Edit::SetMap(after) =
        resolve(&map, journey, Choice::Mine).expect("decided")
    else {
        panic!("a decision replaces the map");
    };
    assert_eq!(
        after
            .journey(klantreis::model::JourneyId(2))
            .and_then(|j| j.persona),
        None
    );
    assert_eq!(after.conflicts.len(), 1);
    assert_eq!(resolve(&map, 9, Choice::Mine), Err(ResolveError::Gone));
}

#[test]
fn keeping_a_deletion_of_something_still_used_is_refused() {
    let base = base_map();
    let mut ours = base.clone();
    ours.phases.retain(|p| p.id.0 != 3);
    remove_step(&mut ours, 13);
    ours.content.retain(|c| c.id.0 != 2);
    let mut theirs = base.clone();
    insert_step(&mut theirs, 2, 22, step(7_770_001, 3, 0.5, 2.0, "Orders"));
    let map = merge(&base, &ours, &theirs).map;
    assert_eq!(map.conflicts.len(), 1);
    assert_eq!(resolve(&map, 0, Choice::Mine), Err(ResolveError::StillUsed));
    assert!(resolve(&map, 0, Choice::Theirs).is_ok());
}

fn klantreis(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_klantreis"))
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .output()
        .expect("klantreis runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn klantreis_diff_exits_0_when_equal_1_when_different_2_on_an_error() {
    let dir = tempfile::tempdir().expect("a folder");
    let (old, new, bad) = (
        dir.path().join("old.ron"),
        dir.path().join("new.ron"),
        dir.path().join("bad.ron"),
    );
    let base = base_map();
    let mut changed = base.clone();
    step_mut(&mut changed, 12).emotion = 1.0;
    io::save(&old, &base).expect("saved");
    io::save(&new, &changed).expect("saved");
    std::fs::write(&bad, "(format: \"klantreis\", version: 1, map: (title: 3))").expect("written");
    let path = |p: &std::path::Path| p.to_string_lossy().into_owned();
    let (code, said) = klantreis(&["diff", &path(&old), &path(&old)]);
    assert_eq!(code, Some(0), "{said}");
    let (code, said) = klantreis(&["diff", &path(&old), &path(&new)]);
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains("Journey 'Petra buys', phase 'Consideration'\n  Step 'Checks reviews' moved"),
        "{said}"
    );
    let (code, said) = klantreis(&["diff", "--lang", "nl", &path(&old), &path(&new)]);
    assert_eq!(code, Some(1));
    assert!(
        said.contains("verplaatst van Negatief naar Licht positief"),
        "{said}"
    );
    let (code, said) = klantreis(&["diff", &path(&old), &path(&bad)]);
    assert_eq!(code, Some(2));
    assert!(
        said.contains("bad.ron") && said.contains("line 1"),
        "{said}"
    );
}

#[test]
fn klantreis_merge_writes_the_output_and_on_an_error_writes_nothing() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = |name: &str| dir.path().join(name);
    let base = base_map();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    step_mut(&mut ours, 11).title = "Sees a poster".to_owned();
    step_mut(&mut theirs, 22).emotion = 2.0;
    io::save(&file("base.ron"), &base).expect("saved");
    io::save(&file("ours.ron"), &ours).expect("saved");
    io::save(&file("theirs.ron"), &theirs).expect("saved");
    let p = |name: &str| file(name).to_string_lossy().into_owned();
    let (code, said) = klantreis(&[
        "merge",
        &p("base.ron"),
        &p("ours.ron"),
        &p("theirs.ron"),
        "--output",
        &p("out.ron"),
    ]);
    assert_eq!(code, Some(0), "{said}");
    let out = io::load(&file("out.ron")).expect("opens").map;
    assert_eq!(
        out.step(StepId(11)).map(|(_, s)| s.title.as_str()),
        Some("Sees a poster")
    );
    assert_eq!(out.step(StepId(22)).map(|(_, s)| s.emotion), Some(2.0));
    assert_eq!(
        io::load(&file("ours.ron")).expect("opens").map,
        ours,
        "--output leaves OURS alone"
    );

    let (code, said) = klantreis(&["merge", &p("base.ron"), &p("ours.ron"), &p("missing.ron")]);
    assert_eq!(code, Some(2), "{said}");
    assert!(said.contains("missing.ron"), "{said}");
    assert_eq!(
        io::load(&file("ours.ron")).expect("opens").map,
        ours,
        "nothing written"
    );

    let (code, said) = klantreis(&["merge", &p("base.ron"), &p("ours.ron"), &p("theirs.ron")]);
    assert_eq!(code, Some(0), "{said}");
    assert_eq!(
        io::load(&file("ours.ron")).expect("opens").map,
        out,
        "the result replaces OURS"
    );
}
