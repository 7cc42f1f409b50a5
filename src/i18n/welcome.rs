//! The welcome view shown when Klantreis starts without a map, and the
//! example maps opened from it.

crate::strings! {
    /// The welcome view, and the example maps opened from it.
    pub struct Texts {
        heading: "Welcome to Klantreis", "Welkom bij Klantreis";
        intro: "Start a new customer journey map, open one you made before, or look around in an example.", "Begin een nieuwe klantreiskaart, open er een die je eerder maakte, of kijk rond in een voorbeeld.";
        new_heading: "New map from a template", "Nieuwe kaart van een sjabloon";
        open_heading: "Open a map", "Een kaart openen";
        open_button: "Open a map file…", "Een kaartbestand openen…";
        recent_heading: "Recent maps", "Recente kaarten";
        no_recent: "No recent maps yet. Maps you open or save show here.", "Nog geen recente kaarten. Kaarten die je opent of opslaat staan hier.";
        recent_checking: "checking…", "bezig met nakijken…";
        recent_detail: "in {folder} · changed {date}", "in {folder} · gewijzigd {date}";
        recent_missing: "in {folder} · not found: it was moved, renamed or deleted", "in {folder} · niet gevonden: verplaatst, hernoemd of verwijderd";
        recent_unreadable: "in {folder} · cannot be read: {reason}", "in {folder} · niet te lezen: {reason}";
        examples_heading: "Examples", "Voorbeelden";
        example_hint: "Opens read-only; save a copy to edit it.", "Opent alleen-lezen; sla een kopie op om te bewerken.";
        reopen_last: "Open the last map when Klantreis starts", "Bij het starten de laatste kaart openen";
        reopen_failed: "Could not reopen the last map, \"{path}\": {error}", "Kon de laatste kaart, \"{path}\", niet opnieuw openen: {error}";
        example_banner: "This is an example — Save a copy to edit.", "Dit is een voorbeeld — sla een kopie op om te bewerken.";
        save_copy: "Save a copy…", "Een kopie opslaan…";
        example_edited: "You changed the example. Save a copy to keep your changes: the example itself stays as it is.", "Je hebt het voorbeeld gewijzigd. Sla een kopie op om je wijzigingen te bewaren: het voorbeeld zelf blijft zoals het is.";
        example_title: "Example: {name}", "Voorbeeld: {name}";
        example_status: "Example, read-only: save a copy to keep changes", "Voorbeeld, alleen-lezen: sla een kopie op om wijzigingen te bewaren";
    }
}
