//! Klantreis as git's merge and diff driver, in a real repository: after
//! `klantreis git-setup`, `git merge` of two branches that changed the same
//! map merges it entity by entity, a conflicting pair leaves the merge
//! unfinished with the conflict recorded in the map, and `git diff` says the
//! changes in words.

mod team;

use std::path::Path;
use std::process::{Command, Output};

use klantreis::io;
use klantreis::model::{Map, StepId};
use team::*;

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Anouk")
        .env("GIT_AUTHOR_EMAIL", "anouk@example.com")
        .env("GIT_COMMITTER_NAME", "Anouk")
        .env("GIT_COMMITTER_EMAIL", "anouk@example.com")
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .output()
        .expect("git runs")
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn klantreis(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_klantreis"))
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "en_US.UTF-8")
        .output()
        .expect("klantreis runs")
}

fn save(dir: &Path, map: &Map) {
    std::fs::write(dir.join("map.ron"), io::to_ron(map)).expect("write the map");
}

fn load(dir: &Path) -> Map {
    io::load(&dir.join("map.ron"))
        .expect("the merged map opens")
        .map
}

/// A repository with the base map committed on `main` and Klantreis set up.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path();
    ok(path, &["init", "-q", "-b", "main"]);
    save(path, &base_map());
    let setup = klantreis(path, &["git-setup"]);
    let said = String::from_utf8_lossy(&setup.stdout).into_owned();
    assert!(setup.status.success(), "{said}");
    assert!(said.contains("merge.klantreis.driver"), "{said}");
    assert!(said.contains(".gitattributes"), "{said}");
    ok(path, &["add", "."]);
    ok(path, &["commit", "-q", "-m", "The kettle map"]);
    dir
}

fn branch(dir: &Path, name: &str, change: impl FnOnce(&mut Map)) {
    ok(dir, &["checkout", "-q", "-b", name, "main"]);
    let mut map = load(dir);
    change(&mut map);
    save(dir, &map);
    ok(dir, &["commit", "-q", "-am", name]);
}

#[test]
fn git_setup_twice_changes_nothing_the_second_time() {
    let dir = repository();
    let again = klantreis(dir.path(), &["git-setup"]);
    let said = String::from_utf8_lossy(&again.stdout).into_owned();
    assert!(again.status.success(), "{said}");
    assert!(said.contains("was already set"), "{said}");
    assert!(said.contains("already sends"), "{said}");
    let attributes =
        std::fs::read_to_string(dir.path().join(".gitattributes")).expect("attributes");
    assert_eq!(attributes.matches("merge=klantreis").count(), 1);
}

#[test]
fn git_merge_of_neighbouring_additions_and_different_edits_keeps_all_of_it() {
    let dir = repository();
    let path = dir.path();
    branch(path, "anouk", |m| {
        insert_step(m, 1, 11, step(5_550_001, 1, 0.6, 1.0, "Clicks through"));
        step_mut(m, 22).title = s("Compares delivery times");
    });
    branch(path, "bram", |m| {
        insert_step(m, 1, 11, step(7_770_001, 1, 0.8, 0.0, "Closes the ad"));
        step_mut(m, 13).emotion = 3.0;
    });
    ok(path, &["checkout", "-q", "anouk"]);
    ok(path, &["merge", "-q", "--no-edit", "bram"]);
    let map = load(path);
    assert!(map.conflicts.is_empty(), "{:?}", map.conflicts);
    let titles = map.step_titles(
        &map.journeys[0]
            .steps
            .iter()
            .map(|s| s.id)
            .collect::<Vec<_>>(),
    );
    assert_eq!(
        titles,
        [
            "Sees an ad",
            "Clicks through",
            "Closes the ad",
            "Checks reviews",
            "Pays with iDEAL"
        ]
    );
    assert_eq!(
        map.step(StepId(22)).map(|(_, s)| s.title.as_str()),
        Some("Compares delivery times")
    );
    assert_eq!(map.step(StepId(13)).map(|(_, s)| s.emotion), Some(3.0));
    assert!(
        !path.join("map.ron.bak").exists(),
        "the merge leaves no backup file in the repository"
    );
}

#[test]
fn a_conflicting_git_merge_stops_with_the_conflict_recorded_in_the_map() {
    let dir = repository();
    let path = dir.path();
    branch(path, "anouk", |m| {
        step_mut(m, 12).title = s("Reads reviews")
    });
    branch(path, "bram", |m| {
        step_mut(m, 12).title = s("Checks ratings")
    });
    ok(path, &["checkout", "-q", "anouk"]);
    let merged = git(path, &["merge", "--no-edit", "bram"]);
    assert!(!merged.status.success(), "the merge must stop");
    let status = ok(path, &["status", "--porcelain"]);
    assert!(status.contains("UU map.ron"), "{status}");
    let map = load(path);
    assert_eq!(map.conflicts.len(), 1);
    assert_eq!(
        map.step(StepId(12)).map(|(_, s)| s.title.as_str()),
        Some("Reads reviews")
    );
    let check = klantreis(path, &["check", "map.ron"]);
    let said = String::from_utf8_lossy(&check.stdout).into_owned();
    assert_eq!(check.status.code(), Some(1), "{said}");
    assert!(
        said.contains("Merge conflict in step 'Reads reviews', title"),
        "{said}"
    );
    assert!(said.contains("Checks ratings"), "{said}");
}

#[test]
fn git_diff_and_log_say_the_changes_in_words() {
    let dir = repository();
    let path = dir.path();
    let mut map = load(path);
    step_mut(&mut map, 12).emotion = 1.0;
    step_mut(&mut map, 11)
        .pain_points
        .push(s("Shipping costs shown late"));
    save(path, &map);
    let diff = ok(path, &["diff"]);
    assert!(
        diff.contains("Step 'Checks reviews' moved from Negative to Slightly positive"),
        "{diff}"
    );
    assert!(
        diff.contains("Pain point added to 'Sees an ad': 'Shipping costs shown late'"),
        "{diff}"
    );
    ok(path, &["commit", "-q", "-am", "Feelings"]);
    let log = ok(path, &["log", "-p", "--ext-diff", "-1"]);
    assert!(
        log.contains("moved from Negative to Slightly positive"),
        "{log}"
    );
}

fn s(text: &str) -> String {
    text.to_owned()
}
