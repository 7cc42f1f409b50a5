//! The export dialogs, and the words in exported pictures and spreadsheets.

crate::strings! {
    /// The export dialogs, and the words in exported pictures and spreadsheets.
    pub struct Texts {
        window_title: "Export the map", "Kaart exporteren";
        format_label: "Format:", "Formaat:";
        format_svg: "SVG (vector)", "SVG (vectorafbeelding)";
        format_png: "PNG (image)", "PNG (afbeelding)";
        format_pdf: "PDF (print)", "PDF (afdrukken)";
        svg_hint: "Vector graphics with selectable text: for slides, Inkscape and the web.", "Vectorafbeelding met selecteerbare tekst: voor presentaties, Inkscape en het web.";
        scale: "Scale:", "Schaal:";
        background: "Background:", "Achtergrond:";
        background_white: "white", "wit";
        background_transparent: "transparent", "transparant";
        paper: "Paper (landscape):", "Papier (liggend):";
        persona_cards: "Persona cards (a page each)", "Personakaarten (elk een pagina)";
        calendar_page: "Content calendar (extra page)", "Contentkalender (extra pagina)";
        journeys: "Journeys:", "Reizen:";
        no_journeys: "this map has no journeys yet.", "deze kaart heeft nog geen reizen.";
        lanes: "Lanes (actions, thoughts, pain points, opportunities, touchpoints)", "Banen (acties, gedachten, pijnpunten, kansen, contactmomenten)";
        no_preview: "No preview: {problem}", "Geen voorbeeld: {problem}";
        pages_one: "{pages} page {paper} landscape; the map is fitted to the first.", "{pages} pagina {paper} liggend; de kaart wordt passend gemaakt op de eerste.";
        pages_many: "{pages} pages {paper} landscape; the map is fitted to the first.", "{pages} pagina's {paper} liggend; de kaart wordt passend gemaakt op de eerste.";
        save_to: "Save to:", "Opslaan in:";
        save_to_name: "Save to", "Opslaan in";
        path_hint: "map.svg", "kaart.svg";
        choose: "Choose…", "Kiezen…";
        export: "Export", "Exporteren";
        close: "Close", "Sluiten";
        need_path: "Type where to write the picture first.", "Typ eerst waar de afbeelding naartoe moet.";
        exported: "Exported \"{path}\".", "\"{path}\" geëxporteerd.";
        exporting: "Exporting…", "Bezig met exporteren…";
        export_stopped: "The export stopped unexpectedly; nothing was written. Try again.", "Het exporteren stopte onverwacht; er is niets geschreven. Probeer het opnieuw.";
        no_file_dialog: "No file dialog is available on this system; type the path instead.", "Er is geen bestandsvenster beschikbaar op dit systeem; typ in plaats daarvan het pad.";

        data_content_csv: "Content calendar (CSV, for Excel)", "Contentkalender (CSV, voor Excel)";
        data_steps_csv: "Steps and lanes overview (CSV, for Excel)", "Overzicht van stappen en banen (CSV, voor Excel)";
        data_ics: "Content calendar (iCalendar, for Outlook and Google)", "Contentkalender (iCalendar, voor Outlook en Google)";
        file_content_csv: "{stem} - content calendar.csv", "{stem} - contentkalender.csv";
        file_steps_csv: "{stem} - steps.csv", "{stem} - stappen.csv";
        file_ics: "{stem} - content calendar.ics", "{stem} - contentkalender.ics";

        col_title: "Title", "Titel";
        col_type: "Type", "Type";
        col_channel: "Channel", "Kanaal";
        col_date: "Date", "Datum";
        col_end_date: "End date", "Einddatum";
        col_repeats: "Repeats", "Herhaling";
        col_phase: "Phase", "Fase";
        col_persona: "Persona", "Persona";
        col_steps: "Steps", "Stappen";
        col_status: "Status", "Status";
        col_owner: "Owner", "Eigenaar";
        col_goal: "Goal / KPI", "Doel / KPI";
        col_notes: "Notes", "Notities";
        col_id: "Id", "ID";
        col_journey: "Journey", "Reis";
        col_step: "Step", "Stap";
        col_emotion: "Emotion", "Emotie";
        col_feeling: "Feeling", "Gevoel";
        col_touchpoint: "Touchpoint", "Contactmoment";
        col_actions: "Actions", "Acties";
        col_thoughts: "Thoughts", "Gedachten";
        col_pain_points: "Pain points", "Pijnpunten";
        col_opportunities: "Opportunities", "Kansen";
        col_evidence: "Evidence", "Onderbouwing";
        col_evidence_source: "Evidence source", "Bron onderbouwing";
        col_backed_items: "Backed lane items", "Onderbouwde items";
        col_experiments: "Experiments", "Experimenten";
        col_measured: "Measured emotion", "Gemeten emotie";
        col_survey_score: "Survey score", "Enquêtescore";
        col_respondents: "Respondents", "Respondenten";
        col_gap: "Gap (measured − perceived)", "Verschil (gemeten − gevoeld)";

        untitled_map: "Untitled customer journey map", "Naamloze klantreiskaart";
        goal: "Goal: {goal}", "Doel: {goal}";
        legend_steps_one: "· {count} step", "· {count} stap";
        legend_steps_many: "· {count} steps", "· {count} stappen";
        legend_low: "pain point: the journey's lowest moment", "pijnpunt: het laagste moment van de reis";
        legend_high: "highlight: the journey's highest moment", "hoogtepunt: het hoogste moment van de reis";
        axis_note: "Emotion runs from very negative (bottom) to very positive (top); time runs left to right.", "Emotie loopt van zeer negatief (onder) tot zeer positief (boven); de tijd loopt van links naar rechts.";
        mark_high: "highlight", "hoogtepunt";
        mark_low: "pain point", "pijnpunt";
        lanes_of: "Lanes of \u{201c}{name}\u{201d}", "Banen van \u{201c}{name}\u{201d}";
        legend_measured: "measured emotion (survey, n = {n})", "gemeten emotie (enquête, n = {n})";
        legend_measured_plain: "measured emotion (survey)", "gemeten emotie (enquête)";
        legend_to_be: "to-be journey", "gewenste reis";
        legend_kpi: "KPI on target / off target", "KPI op doel / niet op doel";
        legend_running: "experiment running", "experiment loopt";
        lanes_left_out: "The lanes are left out: with {steps} steps in a journey they do not fit one picture. Export the steps as a spreadsheet (CSV), or zoom in on the canvas.", "De banen zijn weggelaten: met {steps} stappen in een reis passen ze niet in één afbeelding. Exporteer de stappen als spreadsheet (CSV), of zoom in op het canvas.";

        persona_page_title: "Persona: {name}", "Personakaart: {name}";
        persona_kicker: "PERSONA · {title}", "PERSONAKAART · {title}";
        walks: "Walks:", "Reizen:";
        age: "Age", "Leeftijd";
        gender: "Gender", "Geslacht";
        income: "Income", "Inkomen";
        location: "Location", "Woonplaats";
        occupation: "Occupation", "Beroep";
        who: "Who", "Wie";
        preferred_channels: "Preferred channels", "Voorkeurskanalen";
        online_behaviour: "Online behaviour", "Online gedrag";
        goals: "Goals", "Doelen";
        motivations: "Motivations", "Motivaties";
        values: "Values", "Waarden";
        interests: "Interests", "Interesses";
        challenges: "Challenges", "Uitdagingen";
        fears: "Fears", "Angsten";
        notes: "Notes", "Notities";
        persona_empty: "No details yet: add goals, challenges and demographics in the persona panel.", "Nog geen details: voeg doelen, uitdagingen en demografie toe in het personapaneel.";
        and_more: "… and {count} more", "… en nog {count}";

        calendar_page_title: "Content calendar: {title}", "Contentkalender: {title}";
        calendar_heading: "Content calendar · {title}", "Contentkalender · {title}";
        page_of: "page {page} of {pages}", "pagina {page} van {pages}";
        calendar_empty: "No content planned yet.", "Nog geen content gepland.";
        repeats_weekly: ", weekly", ", wekelijks";
        repeats_monthly: ", monthly", ", maandelijks";
        month_1: "Jan", "jan";
        month_2: "Feb", "feb";
        month_3: "Mar", "mrt";
        month_4: "Apr", "apr";
        month_5: "May", "mei";
        month_6: "Jun", "jun";
        month_7: "Jul", "jul";
        month_8: "Aug", "aug";
        month_9: "Sep", "sep";
        month_10: "Oct", "okt";
        month_11: "Nov", "nov";
        month_12: "Dec", "dec";
        ics_phase: "Phase: {value}", "Fase: {value}";
        ics_persona: "Persona: {value}", "Persona: {value}";
        ics_channel: "Channel: {value}", "Kanaal: {value}";
        ics_owner: "Owner: {value}", "Eigenaar: {value}";
        ics_goal: "Goal: {value}", "Doel: {value}";
        ics_steps: "Steps: {value}", "Stappen: {value}";
        ics_calendar: "Content calendar", "Contentkalender";
        ics_map_calendar: "{title} — content calendar", "{title} — contentkalender";
        err_the_picture: "the picture", "de afbeelding";
        err_options: "Could not export {path}: {problem}. Nothing was written.", "Kan {path} niet exporteren: {problem}. Er is niets geschreven.";
        err_disk_full: "The disk is full. Free some space, or export to another disk.", "De schijf is vol. Maak ruimte vrij, of exporteer naar een andere schijf.";
        err_denied: "You may not write there. Export to another folder.", "Je mag daar niet schrijven. Exporteer naar een andere map.";
        err_no_folder: "The folder does not exist. Create it, or export to another folder.", "De map bestaat niet. Maak hem aan, of exporteer naar een andere map.";
        err_is_folder: "That is a folder. Add a file name to the path.", "Dat is een map. Voeg een bestandsnaam toe aan het pad.";
        err_try_again: "Try again, or export to another folder.", "Probeer het opnieuw, of exporteer naar een andere map.";
        err_write: "Could not write {path}: {error}. {advice} No file was half-written; an earlier file of that name is unchanged.", "Kan {path} niet schrijven: {error}. {advice} Er is geen half bestand geschreven; een eerder bestand met die naam is ongewijzigd.";
        err_replaces_map: "Did not write {path}: it is a Klantreis map, and an export never replaces a map. Choose another name for the export; the map was not changed.", "{path} is niet geschreven: het is een Klantreis-kaart, en een export vervangt nooit een kaart. Kies een andere naam voor de export; de kaart is niet gewijzigd.";
        err_replaces_other: "Did not write {path}: a file of that name already exists, and Klantreis did not make it. Choose another name, or agree to replace it. The file was not changed.", "{path} is niet geschreven: er bestaat al een bestand met die naam, en Klantreis heeft het niet gemaakt. Kies een andere naam, of geef toestemming om het te vervangen. Het bestand is niet gewijzigd.";
        replace_title: "Replace this file?", "Dit bestand vervangen?";
        replace_body: "\"{path}\" already exists, and Klantreis did not make it. Replacing it with the export loses what it holds now; it is not kept as a backup.", "\"{path}\" bestaat al, en Klantreis heeft het niet gemaakt. Als je het vervangt door de export, gaat de huidige inhoud verloren; er wordt geen reservekopie van bewaard.";
        replace: "Replace", "Vervangen";
        keep: "Keep the file", "Bestand behouden";
        err_internal: "Could not export {path}: {problem}. This is a fault in Klantreis; please report it with the map. Nothing was written.", "Kan {path} niet exporteren: {problem}. Dit is een fout in Klantreis; meld het graag, met de kaart erbij. Er is niets geschreven.";
        err_page: "page {n} could not be made ({error})", "pagina {n} kon niet worden gemaakt ({error})";
        err_page_lost: "a converted page lost its drawing", "een omgezette pagina raakte haar tekening kwijt";
        err_read_back: "the picture could not be read back ({error})", "de afbeelding kon niet worden teruggelezen ({error})";
        err_encode: "the PNG could not be encoded ({error})", "de PNG kon niet worden gecodeerd ({error})";
        err_scale: "the scale {scale} is not a positive number; use 1, 2 or 4", "de schaal {scale} is geen positief getal; gebruik 1, 2 of 4";
        err_memory: "there is not enough memory for {width} × {height} pixels", "er is niet genoeg geheugen voor {width} × {height} pixels";
        err_draw: "drawing part of the picture failed", "het tekenen van een deel van de afbeelding is mislukt";
        err_too_large: "the PNG would be {width} × {height} pixels, more than a PNG export makes ({side} pixels a side, {megapixels} megapixels); choose a smaller scale (the largest that fits is {fit}), or export SVG or PDF, which have no such limit", "de PNG zou {width} × {height} pixels worden, meer dan een PNG-export maakt ({side} pixels per zijde, {megapixels} megapixels); kies een kleinere schaal (de grootste die past is {fit}), of exporteer SVG of PDF, die zo'n grens niet hebben";
    }
}

impl Texts {
    /// The month's short name (1 = January), as "%b" writes it in English.
    pub fn month_short(&self, month: u32) -> &'static str {
        match month {
            1 => self.month_1,
            2 => self.month_2,
            3 => self.month_3,
            4 => self.month_4,
            5 => self.month_5,
            6 => self.month_6,
            7 => self.month_7,
            8 => self.month_8,
            9 => self.month_9,
            10 => self.month_10,
            11 => self.month_11,
            _ => self.month_12,
        }
    }

    /// The column titles of the content calendar's CSV.
    pub const fn content_headers(&self) -> [&'static str; 14] {
        [
            self.col_title,
            self.col_type,
            self.col_channel,
            self.col_date,
            self.col_end_date,
            self.col_repeats,
            self.col_phase,
            self.col_persona,
            self.col_steps,
            self.col_status,
            self.col_owner,
            self.col_goal,
            self.col_notes,
            self.col_id,
        ]
    }

    /// The column titles of the steps' overview CSV.
    pub const fn step_headers(&self) -> [&'static str; 22] {
        [
            self.col_journey,
            self.col_persona,
            self.col_phase,
            self.col_step,
            self.col_title,
            self.col_emotion,
            self.col_feeling,
            self.col_touchpoint,
            self.col_channel,
            self.col_actions,
            self.col_thoughts,
            self.col_pain_points,
            self.col_opportunities,
            self.col_notes,
            self.col_evidence,
            self.col_evidence_source,
            self.col_backed_items,
            self.col_experiments,
            self.col_measured,
            self.col_survey_score,
            self.col_respondents,
            self.col_gap,
        ]
    }
}
