//! To-be journeys and snapshots: the canvas label, the journey inspector's
//! to-be part, the snapshot dialogs and the snapshot list.

crate::strings! {
    /// To-be journeys and snapshots.
    pub struct Texts {
        improvement: "to-be {value}", "gewenst {value}";
        to_be_heading: "As-is and to-be", "Huidig en gewenst";
        make_to_be: "Make a to-be version", "Maak een to-be-versie";
        make_to_be_hint: "Copy this journey as the starting point of how it should become; the copy is drawn dashed, with the improvement per phase", "Kopieer deze reis als begin van hoe ze moet worden; de kopie wordt gestippeld getekend, met de verbetering per fase";
        to_be_name: "{name} (to-be)", "{name} (gewenst)";
        is_to_be_of: "Is the to-be of…", "Is de to-be van…";
        not_to_be: "nothing (an as-is journey)", "niets (een huidige reis)";
        to_be_versions: "To-be versions: {names}", "To-be-versies: {names}";
        improvement_table: "Improvement per phase (average emotion, to-be minus as-is)", "Verbetering per fase (gemiddelde emotie, to-be min huidig)";
        save_snapshot: "Save snapshot…", "Momentopname bewaren…";
        snapshots: "Snapshots…", "Momentopnamen…";
        save_title: "Save a snapshot", "Momentopname bewaren";
        save_intro: "Keeps a copy of the map as it is now inside the file, to compare with or go back to later.", "Bewaart een kopie van de kaart zoals ze nu is in het bestand, om later mee te vergelijken of naar terug te gaan.";
        snapshot_name: "Snapshot name", "Naam van de momentopname";
        name_example: "Workshop 12 March", "Workshop 12 maart";
        save: "Save", "Bewaren";
        cancel: "Cancel", "Annuleren";
        saved: "Snapshot \"{name}\" saved.", "Momentopname \"{name}\" bewaard.";
        no_name: "Give the snapshot a name.", "Geef de momentopname een naam.";
        full: "This map keeps {max} snapshots already; delete one in File > Snapshots… first.", "Deze kaart heeft al {max} momentopnamen; verwijder er eerst een via Bestand > Momentopnamen….";
        list_title: "Snapshots", "Momentopnamen";
        list_empty: "No snapshots yet. File > Save snapshot… keeps the map as it is now.", "Nog geen momentopnamen. Bestand > Momentopname bewaren… bewaart de kaart zoals ze nu is.";
        list_intro: "Copies of this map kept inside its file (at most {max}).", "Kopieën van deze kaart, bewaard in het bestand (hoogstens {max}).";
        compare: "Compare", "Vergelijken";
        compare_hint: "Show the snapshot's curves as ghosts on the canvas and list what changed since", "Toon de curves van de momentopname als schimmen op het canvas en som op wat er sindsdien veranderde";
        restore: "Restore", "Terugzetten";
        restore_hint: "Make the map as it was in this snapshot (one undo step; the snapshots stay)", "Zet de kaart terug zoals ze in deze momentopname was (één keer ongedaan maken; de momentopnamen blijven)";
        rename: "Rename", "Hernoemen";
        delete: "Delete", "Verwijderen";
        restored: "Restored snapshot \"{name}\". Undo brings the map back as it was.", "Momentopname \"{name}\" teruggezet. Ongedaan maken brengt de kaart terug zoals ze was.";
        snapshot_label: "{name} (saved {date})", "{name} (bewaard {date})";
        snapshot_size: "{steps} steps", "{steps} stappen";
        snapshot_bytes: "{steps} steps, {size} in the file", "{steps} stappen, {size} in het bestand";
        change: "change", "verschil";
        as_is_column: "as-is", "huidig";
        to_be_column: "to-be", "gewenst";
        as_is_named: "As-is: {name}", "Huidig: {name}";
        to_be_named: "To-be: {name}", "Gewenst: {name}";
    }
}
