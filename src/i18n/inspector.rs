//! The inspector of steps, phases and journeys, and the personas panel and cards.

crate::strings! {
    /// The inspector of steps, phases and journeys, and the personas panel and cards.
    pub struct Texts {
        steps_selected: "{n} steps selected", "{n} stappen geselecteerd";
        drag_to_move_all: "Drag one of them to move them all.", "Sleep er één om ze allemaal te verplaatsen.";
        delete_these_steps: "Delete these steps", "Deze stappen verwijderen";
        one_per_line: "{label} (one per line)", "{label} (één per regel)";

        step: "Step", "Stap";
        in_journey: "in journey \"{journey}\"", "in reis \"{journey}\"";
        title: "Title", "Titel";
        emotion: "Emotion", "Emotie";
        phase: "Phase", "Fase";
        missing_phase: "(missing phase)", "(fase ontbreekt)";
        touchpoint: "Touchpoint", "Contactmoment";
        channel: "Channel", "Kanaal";
        actions: "Actions", "Acties";
        thoughts: "Thoughts", "Gedachten";
        pain_points: "Pain points", "Pijnpunten";
        opportunities: "Opportunities", "Kansen";
        notes: "Notes", "Notities";
        delete_step: "Delete step", "Stap verwijderen";

        none: "(none)", "(geen)";
        other: "Other", "Anders";
        other_choice: "Other…", "Anders…";
        other_channel: "Other channel", "Ander kanaal";

        name: "Name", "Naam";
        description: "Description", "Beschrijving";
        colour: "Colour", "Kleur";
        length: "Length", "Lengte";
        kpis: "KPIs", "KPI's";
        kpi: "KPI", "KPI-naam";
        target: "Target", "Doelwaarde";
        actual: "Actual", "Werkelijk";
        remove_kpi: "Remove KPI", "KPI verwijderen";
        add_kpi: "Add KPI", "KPI toevoegen";
        new_kpi: "New KPI", "Nieuwe KPI";
        add_phase_after: "Add phase after", "Fase erna toevoegen";
        delete_phase: "Delete phase", "Fase verwijderen";
        delete_phase_hint: "Its steps and content move to the neighbouring phase", "De stappen en content gaan naar de fase ernaast";
        phase_tip: "Tip: drag a phase's name on the canvas to reorder it, its right edge to resize it, double-click its name to rename it.", "Tip: sleep de naam van een fase op het canvas om de volgorde te wijzigen, de rechterrand om de lengte te wijzigen, en dubbelklik op de naam om de naam te wijzigen.";
        new_phase: "Phase {n}", "Fase {n}";

        journey: "Journey", "Reis";
        persona: "Persona", "Persona";
        step_count_one: "{n} step", "{n} stap";
        step_count_other: "{n} steps", "{n} stappen";
        delete_journey: "Delete journey", "Reis verwijderen";
        delete_journey_hint: "Deletes the journey and its steps (Undo brings them back)", "Verwijdert de reis en de stappen ervan (met Ongedaan maken komen ze terug)";

        map: "Map", "Kaart";
        goal: "Goal", "Doel";
        phases: "Phases", "Fasen";
        edit_phase: "Edit this phase", "Deze fase bewerken";
        add_phase: "Add phase", "Fase toevoegen";
        journeys: "Journeys", "Reizen";
        journey_steps_one: "{journey} ({n} step)", "{journey} ({n} stap)";
        journey_steps_other: "{journey} ({n} steps)", "{journey} ({n} stappen)";
        edit_journey: "Edit this journey", "Deze reis bewerken";
        add_journey: "Add journey", "Reis toevoegen";

        personas: "Personas", "Persona's";
        no_personas: "No personas yet. A persona is whose journey this is: add one and give it a name, photo, goals and challenges.", "Nog geen persona's. Een persona is degene die de reis maakt: voeg er een toe en geef die een naam, foto, doelen en uitdagingen.";
        persona_about: "Persona, {about}{journeys}", "Persona, {about}{journeys}";
        persona_walks_one: "walks {n} journey", "loopt {n} reis";
        persona_walks_other: "walks {n} journeys", "loopt {n} reizen";
        persona_journeys_one: "{n} journey; click to edit", "{n} reis; klik om te bewerken";
        persona_journeys_other: "{n} journeys; click to edit", "{n} reizen; klik om te bewerken";
        add_persona: "Add persona", "Persona toevoegen";
        duplicate: "Duplicate", "Dupliceren";
        copy_name: "{name} (copy)", "{name} (kopie)";
        move_up: "Move up", "Omhoog";
        move_down: "Move down", "Omlaag";
        card_view: "Card view", "Personakaart";
        delete: "Delete…", "Verwijderen…";
        compare: "Compare personas…", "Persona's vergelijken…";
        compare_hint: "Show two or more personas' curves together, with the difference per phase", "Toon de curves van twee of meer persona's samen, met het verschil per fase";

        choose_photo: "Choose photo…", "Foto kiezen…";
        choose_photo_hint: "A PNG, JPEG or WebP picture; you can also drop one on the window", "Een PNG-, JPEG- of WebP-afbeelding; je kunt er ook een op het venster slepen";
        remove_photo: "Remove photo", "Foto verwijderen";
        show_card: "Show card", "Personakaart tonen";
        quote: "Quote or motto", "Citaat of motto";
        demographics: "Demographics", "Demografie";
        age: "Age", "Leeftijd";
        gender: "Gender", "Geslacht";
        income: "Income", "Inkomen";
        location: "Location", "Woonplaats";
        occupation: "Occupation", "Beroep";
        psychographics: "Psychographics", "Psychografie";
        interests: "Interests", "Interesses";
        values: "Values", "Waarden";
        fears: "Fears", "Angsten";
        motivations: "Motivations", "Motivaties";
        goals: "Goals", "Doelen";
        challenges: "Challenges", "Uitdagingen";
        online_behaviour: "Online behaviour", "Online gedrag";
        preferred_channels: "Preferred channels", "Voorkeurskanalen";
        walks_none: "Walks no journey yet: pick this persona in a journey's inspector.", "Maakt nog geen reis: kies deze persona in het paneel van een reis.";
        walks: "Walks: {journeys}", "Reizen: {journeys}";

        compare_title: "Compare personas", "Persona's vergelijken";
        compare_intro: "The canvas shows only the chosen personas' journeys. The table gives each one's average emotion per phase, and where they differ most.", "Het canvas toont alleen de reizen van de gekozen persona's. De tabel geeft per fase de gemiddelde emotie van elke persona, en waar ze het meest verschillen.";
        choose_two: "Choose at least two personas.", "Kies minstens twee persona's.";
        difference: "Difference", "Verschil";
        no_steps: "no steps", "geen stappen";
        largest: "{value}  (largest)", "{value}  (grootste)";
        card_title: "Persona card: {name}", "Personakaart: {name}";
    }
}
