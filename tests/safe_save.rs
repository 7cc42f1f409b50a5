//! Saving never corrupts: a disk that fills up part-way leaves the original
//! file byte-identical and no temporary file behind; a save keeps a backup.

use std::io::{self, Write};
use std::path::Path;

use klantreis::i18n::Language;
use klantreis::io as map_io;
use klantreis::model::PhaseTemplate;

/// A writer that fails with "no space left" after `left` bytes, as a full disk does.
struct FullDisk<'a> {
    inner: &'a mut dyn Write,
    left: usize,
}

impl Write for FullDisk<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        let n = buf.len().min(self.left);
        let written = self.inner.write(&buf[..n])?;
        self.left -= written;
        Ok(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("list folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_disk_that_fills_up_at_any_byte_leaves_the_original_and_no_temporary_file() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("kettle.ron");
    let original = PhaseTemplate::FivePhase.new_map(Language::En);
    map_io::save(&path, &original).expect("first save");
    let original_bytes = std::fs::read(&path).expect("read");

    let mut edited = original.clone();
    edited.title = "Waterkoker kopen — na de workshop 🚚".to_owned();
    let new_bytes = map_io::to_ron(&edited).into_bytes();
    let step = (new_bytes.len() / 97).max(1);
    for k in (0..new_bytes.len())
        .step_by(step)
        .chain([new_bytes.len() - 1])
    {
        let result = map_io::save_with_backup_via(&path, |w| {
            FullDisk { inner: w, left: k }.write_all(&new_bytes)
        });
        let error = result.expect_err("the write must fail");
        assert_eq!(error.kind(), io::ErrorKind::StorageFull);
        assert_eq!(
            std::fs::read(&path).expect("read"),
            original_bytes,
            "after {k} bytes"
        );
        assert_eq!(
            file_names(dir.path()),
            ["kettle.ron", "kettle.ron.bak"],
            "after {k} bytes"
        );
    }
    // With room on the disk the same save goes through.
    map_io::save_with_backup_via(&path, |w| w.write_all(&new_bytes)).expect("save");
    assert_eq!(map_io::load(&path).expect("load").map, edited);
}

#[test]
fn a_failed_save_names_the_file_and_says_what_to_do() {
    let error = map_io::SaveError {
        path: "/media/usb/klant.ron".into(),
        source: io::Error::from(io::ErrorKind::StorageFull),
    };
    let message = error.to_string();
    assert!(message.contains("/media/usb/klant.ron"), "{message}");
    assert!(
        message.contains("disk is full") && message.contains("not changed"),
        "{message}"
    );
}

#[test]
fn saving_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("gone").join("map.ron");
    let error = map_io::save(&path, &PhaseTemplate::SeeThinkDoCare.new_map(Language::Nl))
        .expect_err("no folder");
    assert!(
        error.to_string().contains("folder does not exist"),
        "{error}"
    );
}

#[test]
fn each_save_keeps_the_previous_version_as_the_backup() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("crm.ron");
    let mut map = PhaseTemplate::AwarenessToLoyalty.new_map(Language::En);
    map_io::save(&path, &map).expect("save 1");
    assert!(!map_io::backup_path(&path).exists(), "no backup of nothing");
    let first = std::fs::read(&path).expect("read");
    map.title = "CRM".to_owned();
    map_io::save(&path, &map).expect("save 2");
    assert_eq!(map_io::backup_path(&path), dir.path().join("crm.ron.bak"));
    assert_eq!(
        std::fs::read(map_io::backup_path(&path)).expect("backup"),
        first
    );
    assert_eq!(map_io::load(&path).expect("load").map.title, "CRM");
}

#[test]
fn a_save_removes_temporary_files_left_by_a_killed_save_and_nothing_else() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("crm.ron");
    for name in [
        ".crm.ron.Ab12Cd",
        ".crm.ron.bak.x9y8z7",
        ".crm.ron.notes",
        "crm.ron.txt",
        ".other.ron.Ab12Cd",
    ] {
        std::fs::write(dir.path().join(name), "x").expect("write");
    }
    map_io::save(&path, &PhaseTemplate::FivePhase.new_map(Language::En)).expect("save");
    assert_eq!(
        file_names(dir.path()),
        [
            ".crm.ron.notes",
            ".other.ron.Ab12Cd",
            "crm.ron",
            "crm.ron.txt"
        ]
    );
}
