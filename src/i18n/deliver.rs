//! The words of what the client receives: the interactive HTML map and the slide deck.

crate::strings! {
    /// The words of the interactive HTML map and the slide deck.
    pub struct Texts {
        skip_to_lanes: "Skip to the lanes", "Naar de banen";
        map_heading: "The journey map", "De klantreiskaart";
        canvas_label: "Customer journey map: time runs left to right, emotion from very negative (bottom) to very positive (top). Each dot is a step.", "Klantreiskaart: de tijd loopt van links naar rechts, de emotie van zeer negatief (onder) tot zeer positief (boven). Elke stip is een stap.";
        canvas_hint: "Point at, tap or press Enter on a step of a curve to read its lanes below the map.", "Wijs een stap op een curve aan, tik erop of druk er op Enter om de banen ervan onder de kaart te lezen.";
        show_heading: "Show", "Tonen";
        show_journeys: "Journeys", "Reizen";
        show_personas: "Personas", "Persona's";
        no_step: "No step chosen yet: point at or tap a step on the map, or choose one in the lanes below.", "Nog geen stap gekozen: wijs een stap op de kaart aan of tik erop, of kies er een in de banen hieronder.";
        step_feeling: "Emotion: {feeling} ({value})", "Emotie: {feeling} ({value})";
        phases_heading: "Phases", "Fasen";
        kpis: "KPIs", "KPI's";
        kpi_target: "target {target}", "doel {target}";
        kpi_actual: "measured {actual}", "gemeten {actual}";
        personas_heading: "Personas", "Persona's";
        open_card: "Show the card of {name}", "Toon de kaart van {name}";
        lanes_heading: "Lanes", "Banen";
        lanes_caption: "Lanes of \u{201c}{name}\u{201d}, step by step", "Banen van \u{201c}{name}\u{201d}, stap voor stap";
        lane_column: "Lane", "Baan";
        calendar_heading: "Content calendar", "Contentkalender";
        no_journeys: "This map has no journeys yet.", "Deze kaart heeft nog geen reizen.";
        print: "Print", "Afdrukken";
        made_with: "Made with Klantreis. This page works offline and fetches nothing from the internet.", "Gemaakt met Klantreis. Deze pagina werkt offline en haalt niets van internet.";
        no_script: "Without scripts the map still shows every step's lanes in the tables below.", "Zonder scripts toont de kaart nog steeds de banen van elke stap in de tabellen hieronder.";

        slide_overview: "The journey at a glance", "De reis in één oogopslag";
        slide_phase: "Phase {n} of {count}: {name}", "Fase {n} van {count}: {name}";
        slide_steps_none: "No steps in this phase.", "Geen stappen in deze fase.";
        slide_content: "Content for this phase", "Content voor deze fase";
        slide_pains: "Pain points, deepest first", "Pijnpunten, diepste eerst";
        slide_opportunities: "Opportunities, where it hurts most first", "Kansen, waar het meeste pijn doet eerst";
        slide_continued: "{heading} (continued)", "{heading} (vervolg)";
        slide_none: "None written down yet.", "Nog niets opgeschreven.";
        slide_more: "… and {count} more", "… en nog {count}";
        format_html: "HTML (interactive map)", "HTML (interactieve kaart)";
        format_deck: "Slides (PDF)", "Dia's (PDF)";
        format_pptx: "PowerPoint", "PowerPoint";
        html_hint: "One file that opens offline in any browser: hover a step for its lanes, KPIs with sparklines, experiments, persona cards, the content calendar.", "Eén bestand dat offline in elke browser opent: wijs een stap aan voor de banen, KPI's met trendlijnen, experimenten, persona-kaarten, de contentkalender.";
        deck_hint: "16:9 slides: the goal, the overview, a slide per phase with its KPIs and lanes in full, the personas, the calendar, the experiments, the pain points, the largest gaps between measured and perceived.", "Dia's van 16:9: het doel, het overzicht, per fase een dia met de KPI's en alle banen, de persona's, de kalender, de experimenten, de pijnpunten, de grootste verschillen tussen gemeten en gevoeld.";
        also_write: "Also write, beside it:", "Schrijf ook, ernaast:";
        tile_page: "Row {row}, column {column} \u{2014} page {n} of {count}. Lay each next page over this one up to the dashed marks.", "Rij {row}, kolom {column} \u{2014} pagina {n} van {count}. Leg elke volgende pagina tot aan de streepjes over deze.";
        shape_title: "Title", "Titel";
        shape_goal: "Goal", "Doel";
        shape_quote: "Quote", "Citaat";
        shape_steps: "Steps", "Stappen";
        tile_choice: "Across several pages at full size, for a wall (page numbers and overlap marks)", "Over meerdere pagina's op ware grootte, voor aan de muur (paginanummers en overlapstreepjes)";
        err_pptx: "the PowerPoint file could not be put together ({error}); try again, or export the deck as PDF", "het PowerPoint-bestand kon niet worden samengesteld ({error}); probeer het opnieuw, of exporteer de presentatie als PDF";

        map_backed: "{backed} of {all} steps backed by research or data", "{backed} van {all} stappen onderbouwd met onderzoek of data";
        evidence_share: "{backed} of {all} claims backed ({percent} %)", "{backed} van {all} claims onderbouwd ({percent} %)";
        evidence_none: "No claims yet.", "Nog geen claims.";
        kpi_last: "last {value}", "laatst {value}";
        kpi_change: "{change} since {date}", "{change} sinds {date}";
        kpi_change_undated: "{change} since the measurement before", "{change} sinds de vorige meting";
        kpi_on: "on target", "doel gehaald";
        kpi_off: "off target", "doel niet gehaald";
        sparkline_label: "{kpi}: {n} measurements, the last {value}; the dashed line is the target", "{kpi}: {n} metingen, de laatste {value}; de streepjeslijn is het doel";
        experiments_none: "No experiments on this map yet.", "Nog geen experimenten op deze kaart.";
        experiments_caption: "Experiments of \u{201c}{phase}\u{201d}", "Experimenten van \u{201c}{phase}\u{201d}";
        col_step: "Step", "Stap";
        col_dates: "Dates", "Datums";
        gaps_heading: "Measured against perceived: the largest gaps", "Gemeten tegenover gevoeld: de grootste verschillen";
        gap_item: "{step} ({journey}): perceived {perceived}, measured {measured}, a gap of {gap} ({n} respondents)", "{step} ({journey}): gevoeld {perceived}, gemeten {measured}, een verschil van {gap} ({n} respondenten)";
        gap_item_unknown_n: "{step} ({journey}): perceived {perceived}, measured {measured}, a gap of {gap}", "{step} ({journey}): gevoeld {perceived}, gemeten {measured}, een verschil van {gap}";
        shape_sparkline: "Sparkline", "Trendlijn";
        shape_target: "Target line", "Doellijn";
        card_evidence: "Evidence: {kind}", "Onderbouwing: {kind}";
        card_evidence_source: "Evidence: {kind} ({source})", "Onderbouwing: {kind} ({source})";
        card_measured: "Measured: {feeling} ({value}), survey score {scores}, {n} respondents", "Gemeten: {feeling} ({value}), enquêtescore {scores}, {n} respondenten";
        card_measured_unknown_n: "Measured: {feeling} ({value}), survey score {scores}", "Gemeten: {feeling} ({value}), enquêtescore {scores}";
        card_score: "{score} on a scale of {scale}", "{score} op een schaal van {scale}";
    }
}
