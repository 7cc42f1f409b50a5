//! Workshop mode: the walk-through, quick capture, sticky notes and the timer.

crate::strings! {
    /// Workshop mode: the walk-through, quick capture, sticky notes and the timer.
    pub struct Texts {
        title: "Workshop: {map}", "Workshop: {map}";
        phase_of: "Phase {n} of {count}: {name}", "Fase {n} van {count}: {name}";
        no_phases: "This map has no phases yet. Leave workshop mode (F11) and add one in the inspector.", "Deze kaart heeft nog geen fasen. Verlaat de workshopmodus (F11) en voeg er een toe in de inspector.";
        exit: "Exit workshop (F11)", "Workshop verlaten (F11)";
        whole_map: "Whole map", "Hele kaart";
        whole_map_hover: "Show the whole map instead of the focused phase (Ctrl+0)", "De hele kaart tonen in plaats van de gekozen fase (Ctrl+0)";
        keys_hint: "Left/Right: step    Up/Down: phase    Ctrl+Up/Down: journey    Alt+Up/Down: feeling    Ctrl+T: timer    Esc: leave", "Links/rechts: stap    Omhoog/omlaag: fase    Ctrl+omhoog/omlaag: reis    Alt+omhoog/omlaag: gevoel    Ctrl+T: timer    Esc: verlaten";
        capture_label: "Quick capture", "Snel vastleggen";
        capture_hint: "Type a step and its feeling, e.g. \"Searches on Google -2\", then Enter.   ! pain point   + opportunity", "Typ een stap en het gevoel, bijv. \"Zoekt op Google -2\", dan Enter.   ! pijnpunt   + kans";
        added_step: "Added \"{title}\" ({emotion}) to {phase}.", "\"{title}\" ({emotion}) toegevoegd aan {phase}.";
        added_pain: "Pain point added to \"{title}\".", "Pijnpunt toegevoegd aan \"{title}\".";
        added_opportunity: "Opportunity added to \"{title}\".", "Kans toegevoegd aan \"{title}\".";
        need_step: "Choose a step first (Left/Right arrow): notes go on the focused step.", "Kies eerst een stap (pijltje links/rechts): notities komen bij de gekozen stap.";
        need_phase: "Steps go into a phase, and this map has none yet. Leave workshop mode (F11), add a phase in the inspector, and come back the same way.", "Stappen komen in een fase, en deze kaart heeft er nog geen. Verlaat de workshopmodus (F11), voeg een fase toe in de inspector en kom op dezelfde manier terug.";
        no_step: "No step chosen. Walk through the steps with the Left and Right arrows, or type one below.", "Geen stap gekozen. Loop met de pijltjes links en rechts door de stappen, of typ er hieronder een.";
        empty_phase: "No steps in this phase yet. Type the first one below.", "Nog geen stappen in deze fase. Typ de eerste hieronder.";
        emotion_of: "Feels {emotion}", "Voelt {emotion}";
        nothing_yet: "nothing yet", "nog niets";
        timer: "Timer", "Timer";
        start: "Start", "Starten";
        pause: "Pause", "Pauzeren";
        reset: "Reset", "Opnieuw";
        minutes: "{n} min", "{n} min";
        times_up: "Time's up", "Tijd is om";
        timer_label: "Timer: {time} left", "Timer: nog {time}";
        remove_note: "Remove this note", "Deze notitie verwijderen";
        help_canvas: "Journey map by keyboard", "Klantreiskaart met het toetsenbord";
        help_workshop: "Workshop mode", "Workshopmodus";
        key_left_right: "Left / Right arrow", "Pijltje links / rechts";
        do_left_right: "Previous / next step", "Vorige / volgende stap";
        key_home_end: "Home / End", "Home / End";
        do_home_end: "First / last step of the journey", "Eerste / laatste stap van de reis";
        key_up_down: "Up / Down arrow", "Pijltje omhoog / omlaag";
        do_up_down: "The nearest step of the other journey", "De dichtstbijzijnde stap van de andere reis";
        key_pages: "Page Up / Page Down", "Page Up / Page Down";
        do_pages: "Previous / next phase", "Vorige / volgende fase";
        key_alt_up_down: "Alt+Up / Alt+Down", "Alt+omhoog / Alt+omlaag";
        do_alt_up_down: "Emotion one level up / down", "Emotie een niveau hoger / lager";
        key_alt_left_right: "Alt+Left / Alt+Right", "Alt+links / Alt+rechts";
        do_alt_left_right: "Step earlier / later", "Stap eerder / later";
        key_insert: "Insert", "Insert";
        do_insert: "New step after the selected one", "Nieuwe stap na de geselecteerde";
        key_enter: "Enter", "Enter";
        do_enter: "Rename the selected phase", "De geselecteerde fase hernoemen";
        key_tab: "Tab / Shift+Tab", "Tab / Shift+Tab";
        do_tab: "Through the inspector's fields and back", "Door de velden van de inspector en terug";
        key_type: "Type, then Enter", "Typen, dan Enter";
        do_type: "A step in the focused phase: title and feeling, e.g. \"Searches on Google -2\"", "Een stap in de gekozen fase: titel en gevoel, bijv. \"Zoekt op Google -2\"";
        key_pain: "! text, then Enter", "! tekst, dan Enter";
        do_pain: "A pain point on the focused step", "Een pijnpunt bij de gekozen stap";
        key_opportunity: "+ text, then Enter", "+ tekst, dan Enter";
        do_opportunity: "An opportunity on the focused step", "Een kans bij de gekozen stap";
        key_phase_arrows: "Up / Down arrow, Page Up / Page Down", "Pijltje omhoog / omlaag, Page Up / Page Down";
        key_ctrl_up_down: "Ctrl+Up / Ctrl+Down", "Ctrl+omhoog / Ctrl+omlaag";
        key_timer: "Ctrl+T", "Ctrl+T";
        do_timer: "Start or pause the timer", "De timer starten of pauzeren";
        key_escape: "Escape", "Escape";
        do_escape: "Clear the capture bar; when it is empty, leave workshop mode", "De invoerbalk leegmaken; is die leeg, dan de workshopmodus verlaten";
    }
}
