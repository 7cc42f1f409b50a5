//! The window's frame: menus, commands, status bar, dialogs and help.

crate::strings! {
    /// The window's frame: menus, commands, status bar, dialogs and help.
    pub struct Texts {
        menu_file: "File", "Bestand";
        menu_edit: "Edit", "Bewerken";
        menu_view: "View", "Beeld";
        menu_help: "Help", "Help";
        menu_new: "New", "Nieuw";
        menu_open_recent: "Open Recent", "Recent geopend";
        no_recent: "No recent maps yet.", "Nog geen recente kaarten.";
        save_as_typed: "Save As by typing a path…", "Opslaan als door een pad te typen…";
        export_data_menu: "Export for spreadsheets and calendars", "Exporteren voor spreadsheets en agenda's";
        csv_semicolons: "CSV with semicolons (for Excel set to Dutch)", "CSV met puntkomma's (voor Excel in het Nederlands)";
        repair_map: "Repair map", "Kaart herstellen";
        repaired: "Repaired: {changes}", "Hersteld: {changes}";
        snap: "Snap emotions to the scale", "Emoties afronden op de schaal";
        personas_panel: "Personas panel", "Paneel persona's";
        theme: "Theme", "Thema";
        theme_system: "Follow the system", "Volg het systeem";
        theme_light: "Light", "Licht";
        theme_dark: "Dark", "Donker";
        theme_high_contrast: "High contrast (for projectors)", "Hoog contrast (voor projectoren)";
        interface_size: "Interface size", "Grootte van de interface";
        language: "Language", "Taal";
        language_system: "Follow the system ({language})", "Volg het systeem ({language})";

        cmd_new: "New: {template}", "Nieuw: {template}";
        cmd_open: "Open…", "Openen…";
        cmd_open_path: "Open by typing a path…", "Openen door een pad te typen…";
        cmd_save: "Save", "Opslaan";
        cmd_save_as: "Save As…", "Opslaan als…";
        cmd_export_pictures: "Export the map (picture, web page, slides)…", "Kaart exporteren (afbeelding, webpagina, dia's)…";
        cmd_close: "Close", "Sluiten";
        cmd_quit: "Quit", "Afsluiten";
        cmd_undo: "Undo", "Ongedaan maken";
        cmd_redo: "Redo", "Opnieuw";
        cmd_delete: "Delete", "Verwijderen";
        cmd_select_all: "Select all steps", "Alle stappen selecteren";
        cmd_zoom_in: "Zoom in", "Inzoomen";
        cmd_zoom_out: "Zoom out", "Uitzoomen";
        cmd_zoom_fit: "Fit map to window", "Kaart passend maken";
        cmd_page_journey: "Journey map", "Klantreiskaart";
        cmd_page_calendar: "Content calendar", "Contentkalender";
        cmd_page_table: "Content table", "Contenttabel";
        cmd_shortcuts: "Keyboard shortcuts", "Sneltoetsen";
        cmd_workshop: "Workshop mode", "Workshopmodus";

        untitled_map: "Untitled journey map", "Naamloze klantreiskaart";
        default_file_stem: "journey-map", "klantreiskaart";
        example_unreadable: "The example map built into this Klantreis could not be read ({error}), so an empty map is open instead. Your own maps are not affected; reinstalling Klantreis restores the example.", "De voorbeeldkaart in deze Klantreis kon niet gelezen worden ({error}), dus er is een lege kaart geopend. Je eigen kaarten zijn niet geraakt; als je Klantreis opnieuw installeert, komt het voorbeeld terug.";
        no_recovery_folder: "There is no folder for recovery copies (no home folder was found), so unsaved work is not kept if the app stops. Save often.", "Er is geen map voor herstelkopieën (er is geen thuismap gevonden), dus niet-opgeslagen werk gaat verloren als de app stopt. Sla vaak op.";
        recovery_unwritable: "Recovery copies cannot be written to \"{folder}\": {error}. Unsaved work is not kept if the app stops; save often.", "Herstelkopieën kunnen niet worden geschreven in \"{folder}\": {error}. Niet-opgeslagen werk gaat verloren als de app stopt; sla vaak op.";
        recovered_notice: "Recovered {name} as autosaved at {time}. It is not saved yet: save it to keep it.", "{name} is hersteld zoals het automatisch bewaard is om {time}. Het is nog niet opgeslagen: sla het op om het te houden.";
        time_format: "%H:%M:%S on %Y-%m-%d", "%H:%M:%S op %d-%m-%Y";
        map_problems_one: "This map has {count} problem: {problems} Use Edit > Repair map to fix it.", "Deze kaart heeft {count} probleem: {problems} Gebruik Bewerken > Kaart herstellen om het op te lossen.";
        map_problems_many: "This map has {count} problems: {problems} Use Edit > Repair map to fix them.", "Deze kaart heeft {count} problemen: {problems} Gebruik Bewerken > Kaart herstellen om ze op te lossen.";
        already_open: "\"{path}\" is already open: {who}. If you both save, one of you overwrites the other: agree who edits, or save your version under another name.", "\"{path}\" is al open: {who}. Als jullie allebei opslaan, overschrijft de een de ander: spreek af wie bewerkt, of sla je versie op onder een andere naam.";
        opened_read_only: "\"{path}\" opened read-only: {reason}. You can edit the map, but save it somewhere else (File > Save As).", "\"{path}\" is alleen-lezen geopend: {reason}. Je kunt de kaart bewerken, maar sla hem ergens anders op (Bestand > Opslaan als).";
        cannot_save_here: "\"{path}\" cannot be saved: {reason}. Choose another place.", "\"{path}\" kan niet worden opgeslagen: {reason}. Kies een andere plek.";
        changed_on_disk: "the file changed on disk", "het bestand is op schijf gewijzigd";
        title_saving: "Saving {name}…", "{name} wordt opgeslagen…";
        title_opening: "Opening {name}…", "{name} wordt geopend…";
        opening_file: "Opening \"{path}\"…", "\"{path}\" wordt geopend…";
        saved: "Saved \"{path}\".", "\"{path}\" opgeslagen.";
        no_file_dialog: "No file dialog is available on this system (it needs the desktop portal or zenity). Type the file's path instead.", "Er is geen bestandsvenster beschikbaar op dit systeem (daarvoor is de desktopportal of zenity nodig). Typ in plaats daarvan het pad van het bestand.";
        filter_picture: "Picture", "Afbeelding";
        filter_map: "Klantreis map", "Klantreis-kaart";
        export_not_over_map: "Did not export to \"{path}\": that name is for maps, and exporting would overwrite a map. Choose a name ending in .{extension}.", "Niet geëxporteerd naar \"{path}\": die naam is voor kaarten, en exporteren zou een kaart overschrijven. Kies een naam die eindigt op .{extension}.";
        exported_data: "Exported the {what} to \"{path}\".", "{what} geëxporteerd naar \"{path}\".";
        drop_photo_hint: "To use \"{path}\" as a persona's photo, select the persona first, then drop it again.", "Wil je \"{path}\" als foto van een persona gebruiken, selecteer dan eerst de persona en sleep het bestand opnieuw hierheen.";
        drop_not_map: "\"{path}\" is not a Klantreis map: only .ron map files can be opened. Drop a .ron file, or use File > Open.", "\"{path}\" is geen Klantreis-kaart: alleen .ron-kaartbestanden kunnen worden geopend. Sleep een .ron-bestand hierheen, of gebruik Bestand > Openen.";
        recovery_write_failed: "The recovery copy could not be written to \"{path}\": {error}. Your map is still open; save it (Ctrl+S) to be safe.", "De herstelkopie kon niet worden geschreven naar \"{path}\": {error}. Je kaart is nog open; sla hem op (Ctrl+S) voor de zekerheid.";
        file_missing: "\"{name}\" was moved or deleted outside Klantreis (or its disk is no longer there). Your map is still open: save it (Ctrl+S) to write it again, or use Save As to put it somewhere else.", "\"{name}\" is buiten Klantreis verplaatst of verwijderd (of de schijf is er niet meer). Je kaart is nog open: sla hem op (Ctrl+S) om hem opnieuw te schrijven, of gebruik Opslaan als om hem ergens anders neer te zetten.";

        delete_persona_title: "Delete \"{name}\"?", "\"{name}\" verwijderen?";
        delete_persona_body: "{journeys} and {content} refer to this persona. Content items stay, for no persona in particular. Undo brings everything back.", "{journeys} en {content} verwijzen naar deze persona. De contentitems blijven bestaan, zonder persona. Met ongedaan maken komt alles terug.";
        journeys_one: "{n} journey", "{n} reis";
        journeys_other: "{n} journeys", "{n} reizen";
        content_items_one: "{n} content item", "{n} contentitem";
        content_items_other: "{n} content items", "{n} contentitems";
        delete_keep_journeys: "Delete, keep its journeys", "Verwijderen, reizen houden";
        delete_with_journeys: "Delete with its journeys", "Verwijderen met de reizen";
        cancel: "Cancel", "Annuleren";

        not_saved_yet: "Not saved yet", "Nog niet opgeslagen";
        unsaved_changes: "Unsaved changes", "Niet-opgeslagen wijzigingen";
        zoom_status: "Zoom {percent} %", "Zoomniveau {percent} %";
        status_hint: "Double-click to add a step · drag to move · Shift+drag to select · Ctrl+scroll to zoom", "Dubbelklik om een stap toe te voegen · sleep om te verplaatsen · Shift+slepen om te selecteren · Ctrl+scrollen om te zoomen";
        extension_title: "Save without .ron?", "Opslaan zonder .ron?";
        extension_body: "\"{name}\" does not end in .ron, so Klantreis and the file dialogs will not know it for a map.", "\"{name}\" eindigt niet op .ron, dus Klantreis en de bestandsvensters herkennen het niet als kaart.";
        extension_add: "Save as \"{name}\"", "Opslaan als \"{name}\"";
        extension_keep: "Keep the name as typed", "Naam houden zoals getypt";
        dismiss: "Dismiss", "Verbergen";

        replace_title: "Replace the existing file?", "Het bestaande bestand vervangen?";
        replace_body: "\"{path}\" already exists. Replacing it overwrites what it holds (its current version is kept as its .bak backup).", "\"{path}\" bestaat al. Vervangen overschrijft de inhoud (de huidige versie blijft bewaard als .bak-reservekopie).";
        replace: "Replace", "Vervangen";
        unsaved_title: "Save changes?", "Wijzigingen opslaan?";
        unsaved_body: "\"{name}\" has changes that are not saved. Save them first?", "\"{name}\" heeft wijzigingen die niet zijn opgeslagen. Eerst opslaan?";
        discard_changes: "Discard changes", "Wijzigingen weggooien";
        typed_open_title: "Open a map", "Een kaart openen";
        typed_save_title: "Save the map as", "De kaart opslaan als";
        typed_photo_title: "Choose a photo (PNG, JPEG or WebP)", "Kies een foto (PNG, JPEG of WebP)";
        typed_export_title: "Export the {what}", "{what} exporteren";
        file_path: "File path:", "Pad van het bestand:";
        path_hint: "/home/me/maps/workshop.ron", "/home/ik/kaarten/workshop.ron";
        typed_open: "Open", "Openen";
        use_photo: "Use photo", "Foto gebruiken";
        typed_export: "Export", "Exporteren";

        recover_title: "Recover unsaved work?", "Niet-opgeslagen werk herstellen?";
        recover_body: "Klantreis stopped before these maps were saved (the computer or the app stopped). Their last recovery copies are here:", "Klantreis stopte voordat deze kaarten waren opgeslagen (de computer of de app stopte). Dit zijn hun laatste herstelkopieën:";
        recovery_copy_from: "Recovery copy from {time}.", "Herstelkopie van {time}.";
        file_last_saved: "The file itself was last saved at {time}.", "Het bestand zelf is het laatst opgeslagen om {time}.";
        file_gone: "The file itself is no longer there.", "Het bestand zelf is er niet meer.";
        open_recovered: "Open recovered version", "Herstelde versie openen";
        discard: "Discard", "Weggooien";
        decide_later: "Decide later", "Later beslissen";
        decide_later_hint: "The copies stay; they are offered again at the next start", "De kopieën blijven bewaard; ze worden bij de volgende start opnieuw aangeboden";
        recovery_remove_failed: "The recovery copy \"{path}\" could not be removed: {error}.", "De herstelkopie \"{path}\" kon niet worden verwijderd: {error}.";

        conflict_title: "\"{name}\" changed on disk", "\"{name}\" is op schijf gewijzigd";
        conflict_saving: "Someone or something (a sync client, a colleague, another program) changed this file since you opened it. Saving now would overwrite their version.", "Iemand of iets (een synchronisatieprogramma, een collega, een ander programma) heeft dit bestand gewijzigd sinds je het opende. Als je nu opslaat, overschrijf je hun versie.";
        conflict_dirty: "Someone or something (a sync client, a colleague, another program) changed this file, and the map open here has unsaved changes. Saving here would overwrite their version.", "Iemand of iets (een synchronisatieprogramma, een collega, een ander programma) heeft dit bestand gewijzigd, en de kaart die hier open is heeft niet-opgeslagen wijzigingen. Als je hier opslaat, overschrijf je hun versie.";
        conflict_clean: "Someone or something (a sync client, a colleague, another program) changed this file. Reload it to see their version?", "Iemand of iets (een synchronisatieprogramma, een collega, een ander programma) heeft dit bestand gewijzigd. Opnieuw laden om hun versie te zien?";
        save_mine: "Save mine under another name…", "Mijn versie onder een andere naam opslaan…";
        overwrite_theirs: "Overwrite their version", "Hun versie overschrijven";
        reload_discard: "Reload theirs, discarding mine", "Hun versie laden, de mijne weggooien";
        reload: "Reload", "Opnieuw laden";
        keep_mine: "Keep the version open here", "De versie die hier open is houden";

        gesture_add_step: "Add a step", "Een stap toevoegen";
        how_add_step: "Double-click the canvas", "Dubbelklik op het canvas";
        gesture_move_steps: "Move steps", "Stappen verplaatsen";
        how_move_steps: "Drag them (View > Snap emotions to the scale)", "Sleep ze (Beeld > Emoties afronden op de schaal)";
        gesture_select_more: "Select more steps", "Meer stappen selecteren";
        how_select_more: "Shift+click, or Shift+drag a box", "Shift+klik, of Shift+sleep een kader";
        gesture_clear_selection: "Clear the selection", "De selectie opheffen";
        how_clear_selection: "Escape", "Esc";
        gesture_rename_phase: "Rename a phase", "Een fase hernoemen";
        how_rename_phase: "Double-click its name on the canvas", "Dubbelklik op de naam op het canvas";
        gesture_resize_phase: "Resize / reorder a phase", "Een fase breder of smaller maken / verplaatsen";
        how_resize_phase: "Drag its right edge / its name", "Sleep de rechterrand / de naam";
        gesture_pan_zoom: "Pan / zoom", "Schuiven / zoomen";
        how_pan_zoom: "Drag the background or scroll / Ctrl+scroll or pinch", "Sleep de achtergrond of scrol / Ctrl+scrollen of knijpen";
        gesture_copy_steps: "Copy steps to another map", "Stappen naar een andere kaart kopiëren";
        how_copy_steps: "Ctrl+C, then Ctrl+V in the other window", "Ctrl+C, dan Ctrl+V in het andere venster";
        gesture_add_content: "Add a content item", "Een contentitem toevoegen";
        how_add_content: "Double-click a day in the calendar", "Dubbelklik op een dag in de kalender";
        gesture_move_content: "Move a content item", "Een contentitem verplaatsen";
        how_move_content: "Drag it to another day", "Sleep het naar een andere dag";
        gesture_phase_content: "See a phase's content", "De content van een fase bekijken";
        how_phase_content: "Click the number in its header", "Klik op het getal in de kop";
        shortcuts_or: "  or  ", "  of  ";
        macos_note: "On macOS, Cmd takes the place of Ctrl.", "Op macOS neemt Cmd de plaats in van Ctrl.";
    }
}
