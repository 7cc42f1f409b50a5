//! Measurements: importing metrics and survey exports, the KPI figures in
//! the inspector, and the measured emotion curve.

crate::strings! {
    /// Measurements: importing metrics and survey exports, KPI figures, the measured curve.
    pub struct Texts {
        place: "{file}, line {line}, column {column} ({header})", "{file}, regel {line}, kolom {column} ({header})";
        nothing_imported: "Nothing was imported; the map is unchanged.", "Er is niets geïmporteerd; de kaart is niet veranderd.";
        too_large: "{file} is {size} MB; Klantreis imports exports of up to {limit} MB. Export a shorter period and import the parts one by one.", "{file} is {size} MB; Klantreis importeert exports tot {limit} MB. Exporteer een kortere periode en importeer de delen een voor een.";
        empty: "{file} is empty. Export the report again, with a header row and at least one row of figures.", "{file} is leeg. Exporteer het rapport opnieuw, met een kopregel en minstens één regel met cijfers.";
        binary: "{file}, line {line}, column {column}: this is not a text file. Export the report as CSV and import that file.", "{file}, regel {line}, kolom {column}: dit is geen tekstbestand. Exporteer het rapport als CSV en importeer dat bestand.";
        utf16: "{file} is saved as Unicode text (UTF-16). In Excel choose Save as › CSV UTF-8 (comma delimited) and import that file.", "{file} is opgeslagen als Unicode-tekst (UTF-16). Kies in Excel Opslaan als › CSV UTF-8 (door komma's gescheiden) en importeer dat bestand.";
        unreadable: "{file} could not be read: {reason}. Check that the file exists and that you may read it.", "{file} kon niet worden gelezen: {reason}. Controleer of het bestand bestaat en of u het mag lezen.";
        no_rows: "{file} has a header row but no figures. Export the report with its rows.", "{file} heeft een kopregel maar geen cijfers. Exporteer het rapport met de regels erin.";
        missing_column: "{file}, line {line}: there is no '{column}' column. Name the columns in the first row; Klantreis reads: {expected}.", "{file}, regel {line}: er is geen kolom '{column}'. Geef de kolommen een naam in de eerste regel; Klantreis leest: {expected}.";
        bad_row: "{place}: the row cannot be read ({reason}). Check its quotes and separators.", "{place}: de regel kan niet worden gelezen ({reason}). Controleer de aanhalingstekens en scheidingstekens.";
        bad_date: "{place}: '{text}' is not a date. Write dates as 2027-02-07 or 07-02-2027.", "{place}: '{text}' is geen datum. Schrijf datums als 2027-02-07 of 07-02-2027.";
        bad_number: "{place}: '{text}' is not a number. Write a number such as 8.400, 12,5 or 1,9%.", "{place}: '{text}' is geen getal. Schrijf een getal zoals 8.400, 12,5 of 1,9%.";
        bad_count: "{place}: '{text}' is not a whole number of people. Write a count such as 120.", "{place}: '{text}' is geen heel aantal mensen. Schrijf een aantal zoals 120.";
        empty_cell: "{place}: the cell is empty. Fill it in, or remove the row.", "{place}: de cel is leeg. Vul hem in, of verwijder de regel.";
        no_value: "{place}: the row has no value, and no promoters, passives and detractors to compute a Net Promoter Score from. Fill in the value.", "{place}: de regel heeft geen waarde, en geen promotors, passives en criticasters om een Net Promoter Score uit te berekenen. Vul de waarde in.";
        no_respondents: "{place}: promoters, passives and detractors add up to no one. Fill in the counts, or give the value.", "{place}: promotors, passives en criticasters tellen op tot niemand. Vul de aantallen in, of geef de waarde.";
        off_scale: "{place}: the score {score} is not on the scale {scale}. Choose the scale the survey used when you import.", "{place}: de score {score} valt niet op de schaal {scale}. Kies bij het importeren de schaal die de enquête gebruikte.";
        unknown_phase: "{place}: the map has no phase '{name}'. Correct the name or add the phase to the map; its phases are: {phases}.", "{place}: de kaart heeft geen fase '{name}'. Verbeter de naam of voeg de fase toe aan de kaart; de fasen zijn: {phases}.";
        kpi_nowhere: "{place}: no phase has a KPI '{name}'. Add a phase column to say where it belongs.", "{place}: geen enkele fase heeft een KPI '{name}'. Voeg een kolom fase toe om te zeggen waar hij hoort.";
        kpi_many: "{place}: several phases have a KPI '{name}'. Add a phase column to say which one.", "{place}: meerdere fasen hebben een KPI '{name}'. Voeg een kolom fase toe om te zeggen welke.";
        unknown_step: "{place}: the map has no step '{name}'. Use the step's title or its id.", "{place}: de kaart heeft geen stap '{name}'. Gebruik de titel of het id van de stap.";
        step_many: "{place}: several steps are titled '{name}'. Add a journey column (the journey's or persona's name), or use the step's id.", "{place}: meerdere stappen heten '{name}'. Voeg een kolom reis toe (de naam van de reis of persona), of gebruik het id van de stap.";
        unknown_journey: "{place}: the map has no journey or persona '{name}'.", "{place}: de kaart heeft geen reis of persona '{name}'.";

        scale_1_5: "1 to 5", "1 tot 5";
        scale_1_7: "1 to 7", "1 tot 7";
        scale_0_10: "0 to 10", "0 tot 10";
        scale_m3_3: "−3 to +3", "−3 tot +3";

        unit: "Unit", "Eenheid";
        no_measurements: "No measurements yet: add one below, or import them with File › Import measurements…", "Nog geen metingen: voeg er hieronder een toe, of importeer ze met Bestand › Metingen importeren…";
        last_value: "Last: {value}", "Laatst: {value}";
        last_value_change: "Last: {value} ({change} since {date})", "Laatst: {value} ({change} sinds {date})";
        undated: "before", "eerder";
        sparkline: "{kpi}: {n} measurements against the target", "{kpi}: {n} metingen tegen het doel";
        on_target: "{kpi} is on target", "{kpi} haalt het doel";
        off_target: "{kpi} is off target", "{kpi} haalt het doel niet";
        measured_curve: "measured ({n} respondents)", "gemeten ({n} respondenten)";
        largest_gaps: "Largest gaps between perceived and measured", "Grootste verschillen tussen gevoeld en gemeten";
        gap_line: "{step}: perceived {perceived}, measured {measured}", "{step}: gevoeld {perceived}, gemeten {measured}";

        import_title: "Import measurements", "Metingen importeren";
        import_metrics: "Metrics (GA4, CRM: date, kpi, value)", "Cijfers (GA4, CRM: datum, kpi, waarde)";
        import_survey: "Survey scores per step (step, score)", "Enquêtescores per stap (stap, score)";
        import_metrics_columns: "Columns, in English or Dutch, in any order: date, kpi, value; optional phase, target, unit. Net Promoter rows may give promoters, passives and detractors instead of a value.", "Kolommen, in het Nederlands of Engels, in elke volgorde: datum, kpi, waarde; naar keuze fase, doel, eenheid. Net Promoter-regels mogen promotors, passieven en criticasters geven in plaats van een waarde.";
        import_survey_columns: "Columns, in English or Dutch, in any order: step (its title or id), score; optional date, respondents, journey.", "Kolommen, in het Nederlands of Engels, in elke volgorde: stap (titel of id), score; naar keuze datum, respondenten, reis.";
        import_scale: "Scale of the survey", "Schaal van de enquête";
        import_file: "CSV file", "CSV-bestand";
        import_choose: "Choose file…", "Bestand kiezen…";
        import_start: "Import", "Importeren";
        import_cancel: "Cancel", "Annuleren";
        imported_metrics: "Imported {n} measurements from {file}.", "{n} metingen geïmporteerd uit {file}.";
        imported_survey: "Imported {n} survey scores from {file}.", "{n} enquêtescores geïmporteerd uit {file}.";
        cmd_import: "Import measurements…", "Metingen importeren…";
        problem_kpi_value: "KPI \"{kpi}\" of phase {phase} has the value {value}; a measurement and a target must be numbers.", "KPI \"{kpi}\" van fase {phase} heeft de waarde {value}; een meting en een doel moeten getallen zijn.";
        problem_survey_score: "Step \"{step}\" has the survey score {value}, which is not a number on its scale.", "Stap \"{step}\" heeft de enquêtescore {value}, die geen getal op de schaal is.";
        repair_kpi_value: "A value of KPI \"{kpi}\" that was not a number was taken out.", "Een waarde van KPI \"{kpi}\" die geen getal was, is verwijderd.";
        repair_survey_score: "A survey score of step \"{step}\" that was off its scale was taken out.", "Een enquêtescore van stap \"{step}\" die buiten de schaal viel, is verwijderd.";
        undo_add_measurement: "add a measurement to KPI '{name}'", "een meting aan KPI '{name}' toevoegen";
        undo_edit_measurement: "change a measurement of KPI '{name}'", "een meting van KPI '{name}' wijzigen";
        undo_delete_measurement: "delete a measurement of KPI '{name}'", "een meting van KPI '{name}' verwijderen";
        undo_add_kpi: "add KPI '{name}'", "KPI '{name}' toevoegen";
        undo_delete_kpi: "delete KPI '{name}'", "KPI '{name}' verwijderen";
        undo_rename_kpi: "rename KPI '{name}'", "KPI '{name}' hernoemen";
        undo_edit_kpi: "edit KPI '{name}'", "KPI '{name}' bewerken";
        measurements: "Measurements", "Metingen";
        entry_no_kpis: "This phase has no KPIs yet. Add one above (Add KPI) to record its measurements.", "Deze fase heeft nog geen KPI's. Voeg er hierboven een toe (KPI toevoegen) om metingen vast te leggen.";
        entry_header: "{kpi}: {n} measurements", "{kpi}: {n} metingen";
        entry_none_yet: "No measurements yet.", "Nog geen metingen.";
        entry_list: "{n} measurements, newest first:", "{n} metingen, nieuwste eerst:";
        entry_target_then: " (target {target})", " (doel {target})";
        entry_edit: "Edit", "Bewerken";
        entry_delete: "Delete", "Verwijderen";
        entry_editing: "Editing the measurement of {date}", "De meting van {date} bewerken";
        entry_date: "Date", "Datum";
        entry_date_hint: "2027-02-07 or 07-02-2027", "07-02-2027 of 2027-02-07";
        entry_value: "Value", "Waarde";
        entry_target: "Target (optional)", "Doel (optioneel)";
        entry_add: "Add measurement", "Meting toevoegen";
        entry_save: "Save", "Opslaan";
        entry_cancel: "Cancel", "Annuleren";
        entry_replace: "Replace", "Vervangen";
        entry_keep: "Keep the old value", "Oude waarde houden";
        entry_same_date: "{kpi} already has a value on that date ({existing}). A KPI keeps one value per date: replace it?", "{kpi} heeft al een waarde op die datum ({existing}). Een KPI houdt één waarde per datum: vervangen?";
        entry_no_date: "Type the date it was measured, such as 2027-02-07 or 07-02-2027. Nothing was added.", "Typ de datum van de meting, zoals 07-02-2027 of 2027-02-07. Er is niets toegevoegd.";
        entry_no_value: "Type a value, such as 8.400, 12,5 or 1,9%. Nothing was added.", "Typ een waarde, zoals 8.400, 12,5 of 1,9%. Er is niets toegevoegd.";
        entry_bad_value: "'{text}' is not a number. Type a number such as 8.400, 12,5 or 1,9%. Nothing was added.", "'{text}' is geen getal. Typ een getal zoals 8.400, 12,5 of 1,9%. Er is niets toegevoegd.";
        entry_bad_target: "The target '{text}' is not a number. Type a number, or leave it empty for the KPI's own target. Nothing was added.", "Het doel '{text}' is geen getal. Typ een getal, of laat het leeg voor het eigen doel van de KPI. Er is niets toegevoegd.";
        entry_bad_date: "'{text}' is not a date. Type it as 2027-02-07 or 07-02-2027. Nothing was added.", "'{text}' is geen datum. Typ hem als 07-02-2027 of 2027-02-07. Er is niets toegevoegd.";
        entry_other_unit: "{kpi} is measured in {unit}, not {typed}. Type the value in {unit}, or change the KPI's unit above. Nothing was added.", "{kpi} wordt gemeten in {unit}, niet in {typed}. Typ de waarde in {unit}, of wijzig de eenheid van de KPI hierboven. Er is niets toegevoegd.";
    }
}

/// The name of a survey scale as the import offers it.
pub fn scale_name(scale: crate::model::SurveyScale) -> &'static str {
    use crate::model::SurveyScale as S;
    let t = t();
    match scale {
        S::OneToFive => t.scale_1_5,
        S::OneToSeven => t.scale_1_7,
        S::ZeroToTen => t.scale_0_10,
        S::MinusThreeToThree => t.scale_m3_3,
    }
}

/// A measurement problem (see [`crate::model::BadMeasure`]) or its repair as a sentence.
pub fn bad_measure_text(
    bad: &crate::model::BadMeasure,
    repaired: bool,
    language: super::Language,
) -> String {
    use crate::model::MeasureAt;
    let t = Texts::get(language);
    let value = bad.value.to_string();
    match (&bad.at, repaired) {
        (MeasureAt::Kpi { phase, kpi }, false) => super::fill(
            t.problem_kpi_value,
            &[("kpi", kpi), ("phase", &phase.0), ("value", &value)],
        ),
        (MeasureAt::Kpi { kpi, .. }, true) => super::fill(t.repair_kpi_value, &[("kpi", kpi)]),
        (MeasureAt::Step { title, .. }, false) => super::fill(
            t.problem_survey_score,
            &[("step", title), ("value", &value)],
        ),
        (MeasureAt::Step { title, .. }, true) => {
            super::fill(t.repair_survey_score, &[("step", title)])
        }
    }
}
