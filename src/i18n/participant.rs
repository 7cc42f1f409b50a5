//! The participants' page (on their phones), in both languages: the server
//! puts both tables in the page, which picks the phone's language.

crate::strings! {
    /// The participants' page.
    pub struct Texts {
        page_title: "Join the workshop", "Doe mee met de workshop";
        phase: "Phase: {name}", "Fase: {name}";
        no_phase: "Waiting for the facilitator…", "Wachten op de begeleider…";
        step: "Step", "Stap";
        in_focus: "(now on screen)", "(nu op het scherm)";
        add_note: "Add a note", "Voeg een notitie toe";
        pain_point: "Pain point", "Pijnpunt";
        opportunity: "Opportunity", "Kans";
        thought: "Thought", "Gedachte";
        action: "Action", "Actie";
        note_placeholder: "What do you notice at this step?", "Wat valt je op bij deze stap?";
        name_label: "Your name (optional; anonymous without)", "Je naam (niet verplicht; anders anoniem)";
        send: "Send note", "Notitie versturen";
        sent: "Sent. The facilitator will look at it.", "Verstuurd. De begeleider bekijkt hem.";
        rate: "How does the customer feel at this step?", "Hoe voelt de klant zich bij deze stap?";
        rated: "Your rating is in: {emotion}.", "Je beoordeling is binnen: {emotion}.";
        vote: "Vote for the best opportunities", "Stem op de beste kansen";
        dots_left: "Dots left: {n}", "Stippen over: {n}";
        send_vote: "Send my dots", "Mijn stippen versturen";
        voted: "Your dots are in.", "Je stippen zijn binnen.";
        results: "Results", "Uitslag";
        vote_closed: "The vote is closed.", "De stemming is gesloten.";
        locked: "The facilitator has paused contributions for now.", "De begeleider heeft het meedoen even gepauzeerd.";
        offline: "No connection to the laptop; trying again…", "Geen verbinding met de laptop; opnieuw proberen…";
        wrong_code: "This link no longer works. Ask the facilitator for the new code.", "Deze link werkt niet meer. Vraag de begeleider om de nieuwe code.";
        err_empty: "Write something first.", "Schrijf eerst iets.";
        err_too_long: "That is too long; keep it short.", "Dat is te lang; houd het kort.";
        err_too_many: "That is a lot of notes at once. Wait a moment and send again.", "Dat zijn veel notities tegelijk. Wacht even en verstuur opnieuw.";
        err_step_closed: "The room moved on; choose a step of the current phase.", "De groep is verder; kies een stap uit de huidige fase.";
        err_full: "The room is full.", "De groep is vol.";
        err_other: "That did not work; try again.", "Dat lukte niet; probeer het opnieuw.";
        anonymous: "Your notes are anonymous unless you add a name.", "Je notities zijn anoniem, tenzij je een naam toevoegt.";
    }
}
