//! Workshop mode: the walk-through, quick capture, sticky notes and the timer.

crate::strings! {
    /// Workshop mode: the walk-through, quick capture, sticky notes and the timer.
    pub struct Texts {
        title: "Workshop: {map}", "Workshop: {map}";
        phase_of: "Phase {n} of {count}: {name}", "Fase {n} van {count}: {name}";
        no_phases: "This map has no phases yet.", "Deze kaart heeft nog geen fasen.";
        exit: "Exit workshop (F11)", "Workshop verlaten (F11)";
        whole_map: "Whole map", "Hele kaart";
        whole_map_hover: "Show the whole map instead of the focused phase (Ctrl+0)", "De hele kaart tonen in plaats van de gekozen fase (Ctrl+0)";
        keys_hint: "Left/Right: step    Up/Down: journey    Page Up/Down: phase    Ctrl+T: timer    Esc or F11: leave", "Links/rechts: stap    Omhoog/omlaag: reis    Page Up/Down: fase    Ctrl+T: timer    Esc of F11: verlaten";
        capture_label: "Quick capture", "Snel vastleggen";
        capture_hint: "Type a step and its feeling, e.g. \"Searches on Google -2\", then Enter.   ! pain point   + opportunity", "Typ een stap en het gevoel, bijv. \"Zoekt op Google -2\", dan Enter.   ! pijnpunt   + kans";
        added_step: "Added \"{title}\" ({emotion}) to {phase}.", "\"{title}\" ({emotion}) toegevoegd aan {phase}.";
        added_pain: "Pain point added to \"{title}\".", "Pijnpunt toegevoegd aan \"{title}\".";
        added_opportunity: "Opportunity added to \"{title}\".", "Kans toegevoegd aan \"{title}\".";
        need_step: "Choose a step first (Left/Right arrow): notes go on the focused step.", "Kies eerst een stap (pijltje links/rechts): notities komen bij de gekozen stap.";
        need_phase: "Add a phase first: steps go into the focused phase.", "Voeg eerst een fase toe: stappen komen in de gekozen fase.";
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
    }
}
