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
        snap: "Snap emotions to the scale", "Emoties op de schaal laten vallen";
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
        cmd_export_pictures: "Export pictures (SVG, PNG, PDF)…", "Afbeeldingen exporteren (SVG, PNG, PDF)…";
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
    }
}
