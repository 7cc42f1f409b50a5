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
            ["kettle.ron"],
            "after {k} bytes: no temporary file, and no backup of a save that did not happen"
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

#[test]
fn a_full_disk_leaves_the_map_and_its_previous_backup_byte_identical() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("kettle.ron");
    let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
    map_io::save(&path, &map).expect("first save");
    map.title = "Second version".to_owned();
    map_io::save(&path, &map).expect("second save, which makes the backup");
    let map_before = std::fs::read(&path).expect("map");
    let backup_before = std::fs::read(map_io::backup_path(&path)).expect("backup");
    assert_ne!(map_before, backup_before);

    map.title = "Third version, never written".to_owned();
    let new_bytes = map_io::to_ron(&map).into_bytes();
    for k in [0, 1, new_bytes.len() / 2, new_bytes.len() - 1] {
        let error = map_io::save_with_backup_via(&path, |w| {
            FullDisk { inner: w, left: k }.write_all(&new_bytes)
        })
        .expect_err("the disk is full");
        assert_eq!(error.kind(), io::ErrorKind::StorageFull);
        assert_eq!(
            std::fs::read(&path).expect("map"),
            map_before,
            "after {k} bytes"
        );
        assert_eq!(
            std::fs::read(map_io::backup_path(&path)).expect("backup"),
            backup_before,
            "the backup of the previous save survives a failed save ({k} bytes)"
        );
        assert_eq!(file_names(dir.path()), ["kettle.ron", "kettle.ron.bak"]);
    }
}

#[test]
fn the_writer_refuses_exactly_the_files_the_loader_refuses() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("large.ron");
    let map = klantreis::model::generate::generated_map(klantreis::model::generate::MapSize {
        steps: 200,
        content: 20,
        ..klantreis::model::generate::MapSize::LARGE
    });
    let size = map_io::to_ron(&map).len() as u64;

    // At the limit: written, and it opens again with the same limit.
    map_io::save_limited(&path, &map, size).expect("exactly at the limit");
    map_io::load_limited(&path, size).expect("the loader takes what the writer wrote");
    let on_disk = std::fs::read(&path).expect("read");

    // One byte over: the loader refuses that file, so the writer refuses to write it.
    let refused = map_io::load_limited(&path, size - 1).expect_err("one byte too many");
    assert!(matches!(
        refused.kind,
        map_io::LoadErrorKind::TooLarge { .. }
    ));
    let mut edited = map.clone();
    edited.title.push('!');
    let error = map_io::save_limited(&path, &edited, size).expect_err("one byte too large");
    assert_eq!(error.source.kind(), io::ErrorKind::FileTooLarge);
    assert_eq!(
        std::fs::read(&path).expect("read"),
        on_disk,
        "nothing written"
    );
    let message = error.to_string();
    assert!(
        message.contains("large.ron") && message.contains("Make the map smaller"),
        "{message}"
    );

    // The real cap is the one both use.
    let size = map_io::MAX_FILE_BYTES + 1;
    let error = map_io::SaveError {
        path: path.clone(),
        source: map_io::FileTooLarge {
            size,
            limit: map_io::MAX_FILE_BYTES,
            ..map_io::FileTooLarge::default()
        }
        .into(),
    };
    assert!(error.to_string().contains(&format!(
        "more than the {} MiB",
        map_io::MAX_FILE_BYTES / (1024 * 1024)
    )));
}

#[test]
fn a_save_error_on_the_command_line_does_not_speak_of_an_open_map() {
    let error = map_io::SaveError {
        path: "/media/usb/klant.ron".into(),
        source: io::Error::from(io::ErrorKind::StorageFull),
    };
    assert!(
        error.to_string().contains("still open"),
        "the editor's wording"
    );
    let command = error.for_command_line();
    assert!(
        command.contains("/media/usb/klant.ron") && command.contains("not changed"),
        "{command}"
    );
    assert!(!command.contains("open"), "{command}");
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::os::unix::fs::{PermissionsExt, symlink};

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o7777
    }

    fn set_mode(path: &Path, mode: u32) {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
    }

    /// The process's umask, as Linux reports it.
    fn umask() -> u32 {
        let status = std::fs::read_to_string("/proc/self/status").expect("status");
        let line = status
            .lines()
            .find_map(|l| l.strip_prefix("Umask:"))
            .expect("Umask line");
        u32::from_str_radix(line.trim(), 8).expect("octal")
    }

    #[test]
    fn the_backup_gets_the_permissions_of_the_map() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("private.ron");
        let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
        map_io::save(&path, &map).expect("save");
        set_mode(&path, 0o600);
        // An older backup that anyone may read must not stay that way.
        std::fs::write(map_io::backup_path(&path), "old").expect("old backup");
        set_mode(&map_io::backup_path(&path), 0o644);
        map.title = "Salaries per persona".to_owned();
        map_io::save(&path, &map).expect("save again");
        assert_eq!(mode(&path), 0o600, "the map keeps its mode");
        assert_eq!(
            mode(&map_io::backup_path(&path)),
            0o600,
            "the backup gets it"
        );
    }

    #[test]
    fn a_new_file_gets_the_usual_permissions_and_never_0777() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("new.ron");
        map_io::save(&path, &PhaseTemplate::FivePhase.new_map(Language::En)).expect("save");
        assert_eq!(mode(&path), 0o666 & !umask());
        let picture = dir.path().join("new.svg");
        map_io::write_atomic_via(&picture, |w| w.write_all(b"<svg/>")).expect("write");
        assert_eq!(mode(&picture), 0o666 & !umask());
    }

    #[test]
    fn saving_through_a_link_writes_the_file_it_points_to_and_keeps_the_link() {
        let dir = tempfile::tempdir().expect("temporary folder");
        std::fs::create_dir(dir.path().join("shared")).expect("folder");
        let real = dir.path().join("shared").join("workshop.ron");
        let link = dir.path().join("link.ron");
        let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
        map_io::save(&real, &map).expect("save");
        set_mode(&real, 0o640);
        symlink(Path::new("shared").join("workshop.ron"), &link).expect("relative link");
        let before = std::fs::read(&real).expect("read");

        map.title = "Saved through the link".to_owned();
        map_io::save(&link, &map).expect("save through the link");
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("link")
                .file_type()
                .is_symlink(),
            "the link is still a link"
        );
        assert_eq!(
            map_io::load(&real).expect("load").map.title,
            "Saved through the link"
        );
        assert_eq!(mode(&real), 0o640, "the file keeps its mode");
        let backup = dir.path().join("shared").join("workshop.ron.bak");
        assert_eq!(map_io::backup_path(&link), backup);
        assert_eq!(
            std::fs::read(&backup).expect("backup beside the file"),
            before
        );
        assert_eq!(mode(&backup), 0o640);
        assert_eq!(file_names(dir.path()), ["link.ron", "shared"]);

        // A link to a file that does not exist yet: saving creates that file.
        let dangling = dir.path().join("later.ron");
        symlink(dir.path().join("shared").join("later.ron"), &dangling).expect("link");
        map_io::save(&dangling, &map).expect("save through a dangling link");
        assert!(
            std::fs::symlink_metadata(&dangling)
                .expect("link")
                .file_type()
                .is_symlink()
        );
        assert!(dir.path().join("shared").join("later.ron").is_file());
    }
}
