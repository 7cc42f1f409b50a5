//! Opening, saving, recovery, and the messages about files and map problems.

crate::strings! {
    /// Opening, saving, recovery, and the messages about files and map problems.
    pub struct Texts {
        load_not_found: "Could not open \"{path}\": there is no such file. It may have been moved, renamed or deleted; check the name and the folder.", "Kan \"{path}\" niet openen: dat bestand bestaat niet. Misschien is het verplaatst, hernoemd of verwijderd; controleer de naam en de map waarin het staat.";
        load_not_a_file: "Could not open \"{path}\": it is a folder or a device, not a map file. Choose a .ron map file.", "Kan \"{path}\" niet openen: het is een map of een apparaat, geen kaartbestand. Kies een .ron-kaartbestand.";
        load_permission: "Could not open \"{path}\": you do not have permission to read it. Ask the owner for access, or copy the file somewhere you can read.", "Kan \"{path}\" niet openen: je hebt geen toestemming om het te lezen. Vraag de eigenaar om toegang, of kopieer het bestand naar een plek waar je het wel kunt lezen.";
        load_io: "Could not read \"{path}\": {error}. If it is on a network share or a USB stick, check that it is still connected and try again.", "Kan \"{path}\" niet lezen: {error}. Staat het op een netwerkschijf of een usb-stick, controleer dan of die nog verbonden is en probeer het opnieuw.";
        load_too_large: "Could not open \"{path}\": it is {size} MiB, larger than the {max} MiB a map may be. It is probably not a Klantreis map.", "Kan \"{path}\" niet openen: het is {size} MiB, groter dan de {max} MiB die een kaart mag zijn. Het is waarschijnlijk geen Klantreis-kaart.";
        load_empty: "Could not open \"{path}\": the file is empty. It may have been cut off while copying.{backup}", "Kan \"{path}\" niet openen: het bestand is leeg. Misschien is het tijdens het kopiëren afgebroken.{backup}";
        load_not_text: "Could not open \"{path}\": line {line}, column {column} is not text. This is not a Klantreis map, or it is damaged.{backup}", "Kan \"{path}\" niet openen: regel {line}, kolom {column} is geen tekst. Dit is geen Klantreis-kaart, of het bestand is beschadigd.{backup}";
        load_syntax: "Could not open \"{path}\": line {line}, column {column}: {message}. If the file was edited by hand, fix that place.{backup}", "Kan \"{path}\" niet openen: regel {line}, kolom {column}: {message}. Is het bestand met de hand bewerkt, verbeter dan die plek.{backup}";
        load_newer: "Could not open \"{path}\": it was saved by a newer Klantreis (file format version {found}; this Klantreis reads up to version {supported}). Update Klantreis to open it. The file has not been changed.", "Kan \"{path}\" niet openen: het is opgeslagen door een nieuwere Klantreis (bestandsformaat versie {found}; deze Klantreis leest tot en met versie {supported}). Werk Klantreis bij om het te openen. Het bestand is niet gewijzigd.";
        backup_advice: " The version before the last save is kept as \"{backup}\"; you can open that instead.", " De versie van vóór de laatste keer opslaan staat in \"{backup}\"; die kun je in plaats hiervan openen.";

        save_failed: "Could not save \"{path}\": {error}. {advice} The file on disk was not changed, and your map is still open.", "Kan \"{path}\" niet opslaan: {error}. {advice} Het bestand op schijf is niet gewijzigd en je kaart is nog open.";
        save_failed_command: "Could not save \"{path}\": {error}. {advice} The file on disk was not changed.", "Kan \"{path}\" niet opslaan: {error}. {advice} Het bestand op schijf is niet gewijzigd.";
        save_too_large: "the map would be {size} MiB, more than the {max} MiB Klantreis opens, so it was not written", "de kaart zou {size} MiB worden, meer dan de {max} MiB die Klantreis opent, dus is hij niet geschreven";
        save_make_smaller: "Make the map smaller (remove large persona photos, or split the journeys over several maps), then save again.", "Maak de kaart kleiner (haal grote personafoto's weg, of verdeel de reizen over meer kaarten) en sla daarna opnieuw op.";
        save_disk_full: "The disk is full. Free some space, or save to another disk.", "De schijf is vol. Maak ruimte vrij, of sla op op een andere schijf.";
        save_no_permission: "You may not write there. Save the map in another folder.", "Je mag daar niet schrijven. Sla de kaart op in een andere map.";
        save_no_folder: "The folder does not exist (a network share or USB stick may have gone). Save the map in another folder.", "De map bestaat niet (misschien is een netwerkschijf of usb-stick weg). Sla de kaart op in een andere map.";
        save_other: "Try again, or save the map in another folder.", "Probeer het opnieuw, of sla de kaart op in een andere map.";

        syntax_eof: "the file ends too early; it may have been cut off while copying or saving", "het bestand houdt te vroeg op; misschien is het tijdens het kopiëren of opslaan afgebroken";
        syntax_too_deep: "the values are nested more than {limit} levels deep, which no map needs", "de waarden zijn meer dan {limit} niveaus diep genest, en dat heeft geen enkele kaart nodig";
        syntax_trailing: "there is more text after the end of the map; remove it", "er staat nog tekst na het einde van de kaart; haal die weg";
        syntax_no_such_field: "\"{found}\" is not a field of {of}; the fields are: {fields}", "\"{found}\" is geen veld van {of}; de velden zijn: {fields}";
        syntax_this_part: "this part", "dit deel";
        syntax_missing_field_of: "{of} is missing its \"{field}\"", "bij {of} ontbreekt \"{field}\"";
        syntax_missing_field: "the field \"{field}\" is missing", "het veld \"{field}\" ontbreekt";
        syntax_duplicate_field: "\"{field}\" is given twice", "\"{field}\" staat er twee keer";
        syntax_expected_string: "expected text in double quotes", "hier hoort tekst tussen dubbele aanhalingstekens";
        syntax_expected_integer: "expected a whole number", "hier hoort een geheel getal";
        syntax_expected_float: "expected a number such as 2.5", "hier hoort een getal zoals 2.5";
        syntax_expected_boolean: "expected true or false", "hier hoort true of false";
        syntax_expected_array: "expected a list in square brackets [ … ]", "hier hoort een lijst tussen vierkante haken [ … ]";
        syntax_expected_array_end: "expected a comma or the ] that ends the list", "hier hoort een komma of de ] die de lijst afsluit";
        syntax_expected_group: "expected a group of fields in round brackets ( … )", "hier hoort een groep velden tussen ronde haken ( … )";
        syntax_expected_group_end: "expected a comma or the ) that ends the group", "hier hoort een komma of de ) die de groep afsluit";
        syntax_expected_comma: "expected a comma", "hier hoort een komma";
        syntax_expected_option: "expected Some(…) or None", "hier hoort Some(…) of None";
        syntax_expected_colon: "expected a colon after the field name", "hier hoort een dubbele punt na de veldnaam";
        syntax_expected_identifier: "expected a field name", "hier hoort een veldnaam";
        syntax_not_one_of: "\"{found}\" is not one of {choices}", "\"{found}\" is niet een van {choices}";
        noun_map: "the map", "de kaart";
        noun_phase: "a phase", "een fase";
        noun_kpi: "a KPI", "een KPI";
        noun_journey: "a journey", "een reis";
        noun_step: "a step", "een stap";
        noun_persona: "a persona", "een persona";
        noun_demographics: "a persona's demographics", "de demografie van een persona";
        noun_psychographics: "a persona's psychographics", "de psychografie van een persona";
        noun_content_item: "a content item", "een contentitem";
        noun_file: "the file", "het bestand";
        noun_other: "a {name}", "een {name}";
        envelope_expecting: "a Klantreis map file: (format: \"klantreis\", version: …, map: (…))", "een Klantreis-kaartbestand: (format: \"klantreis\", version: …, map: (…))";
        envelope_other_format: "this is a \"{name}\" file, not a Klantreis map", "dit is een \"{name}\"-bestand, geen Klantreis-kaart";
        envelope_version_zero: "format version 0 does not exist", "bestandsformaat versie 0 bestaat niet";
        envelope_version_first: "the \"version\" must come before the \"map\"", "de \"version\" moet vóór de \"map\" staan";
        envelope_no_format: "this is not a Klantreis map (the \"format: \\\"klantreis\\\"\" line is missing)", "dit is geen Klantreis-kaart (de regel \"format: \\\"klantreis\\\"\" ontbreekt)";
        envelope_no_map: "the file has no \"map\"", "het bestand heeft geen \"map\"";
        envelope_unknown_version: "format version {version} is not known", "bestandsformaat versie {version} is onbekend";

        photo_failed_file: "Could not use \"{path}\" as a photo: {problem}. The persona was not changed.", "Kan \"{path}\" niet als foto gebruiken: {problem}. De persona is niet gewijzigd.";
        photo_failed: "Could not use the picture as a photo: {problem}. The persona was not changed.", "Kan de afbeelding niet als foto gebruiken: {problem}. De persona is niet gewijzigd.";
        photo_unreadable: "it cannot be read ({error})", "het kan niet gelezen worden ({error})";
        photo_too_large: "it is {size} MiB, more than the {max} MiB a photo may be; save a smaller version of it", "het is {size} MiB, meer dan de {max} MiB die een foto mag zijn; sla er een kleinere versie van op";
        photo_wrong_format: "it is a {format} picture; use a PNG, JPEG or WebP picture", "het is een {format}-afbeelding; gebruik een PNG-, JPEG- of WebP-afbeelding";
        photo_not_picture: "it is not a picture; use a PNG, JPEG or WebP picture", "het is geen afbeelding; gebruik een PNG-, JPEG- of WebP-afbeelding";
        photo_hidden_text: "it carries {size} KiB of hidden text, more than the {max} KiB a photo needs; it may be made to crash programs. Open it in an image editor and save it again", "het bevat {size} KiB verborgen tekst, meer dan de {max} KiB die een foto nodig heeft; misschien is het gemaakt om programma's te laten vastlopen. Open het in een fotobewerker en sla het opnieuw op";
        photo_damaged: "it is damaged ({error})", "het is beschadigd ({error})";
        photo_no_pixels: "it has no pixels", "het heeft geen pixels";
        photo_too_many_pixels: "it says it is {width} × {height} pixels, larger than a photo can be ({side} pixels a side, {megapixels} megapixels); it may be damaged or made to crash programs", "volgens het bestand is het {width} × {height} pixels, groter dan een foto kan zijn ({side} pixels per zijde, {megapixels} megapixels); misschien is het beschadigd of gemaakt om programma's te laten vastlopen";
        photo_incomplete: "it is damaged or incomplete ({error})", "het is beschadigd of onvolledig ({error})";
        photo_not_converted: "it could not be converted ({error})", "het kon niet worden omgezet ({error})";

        never_saved: "\"{title}\" (never saved)", "\"{title}\" (nooit opgeslagen)";
        read_only_file: "the file is read-only", "het bestand is alleen-lezen";
        read_only_folder: "its folder cannot be written to", "er kan niet in de map worden geschreven";

        problem_duplicate_id: "Two or more of the map's {kinds} share the id {id}; ids must be unique.", "Twee of meer {kinds} van de kaart hebben hetzelfde id {id}; id's moeten uniek zijn.";
        kinds_phases: "phases", "fases";
        kinds_journeys: "journeys", "reizen";
        kinds_steps: "steps", "stappen";
        kinds_personas: "personas", "persona's";
        kinds_content_items: "content items", "contentitems";
        problem_phase_width: "Phase \"{name}\" has width {width}, but a phase needs a positive width.", "Fase \"{name}\" heeft breedte {width}, maar een fase heeft een positieve breedte nodig.";
        problem_journey_persona: "Journey \"{name}\" belongs to persona {persona}, which is not in the map.", "Reis \"{name}\" hoort bij persona {persona}, die niet in de kaart staat.";
        problem_step_phase: "Step \"{step}\" of journey \"{journey}\" is in phase {phase}, which is not in the map.", "Stap \"{step}\" van reis \"{journey}\" staat in fase {phase}, die niet in de kaart staat.";
        problem_step_at: "Step \"{step}\" has position {at} inside its phase; it must be between 0 and 1.", "Stap \"{step}\" heeft positie {at} binnen zijn fase; die moet tussen 0 en 1 liggen.";
        problem_step_emotion: "Step \"{step}\" has emotion {emotion}; it must be between {min} and {max}.", "Stap \"{step}\" heeft emotie {emotion}; die moet tussen {min} en {max} liggen.";
        problem_content_phase: "Content item \"{item}\" is planned for phase {phase}, which is not in the map.", "Contentitem \"{item}\" is gepland voor fase {phase}, die niet in de kaart staat.";
        problem_content_persona: "Content item \"{item}\" is for persona {persona}, which is not in the map.", "Contentitem \"{item}\" is voor persona {persona}, die niet in de kaart staat.";
        problem_content_step: "Content item \"{item}\" supports step {step}, which is not in the map.", "Contentitem \"{item}\" ondersteunt stap {step}, die niet in de kaart staat.";
        problem_content_dates: "Content item \"{item}\" ends on {end}, before it starts on {start}.", "Contentitem \"{item}\" eindigt op {end}, voordat het begint op {start}.";

        repair_phase_width: "Phase \"{name}\" got width 10.", "Fase \"{name}\" kreeg breedte 10.";
        unassigned_phase: "Unassigned", "Niet ingedeeld";
        unassigned_description: "Created when repairing the map, for steps whose phase was missing.", "Gemaakt bij het herstellen van de kaart, voor stappen waarvan de fase ontbrak.";
        repair_added_phase: "Added a phase \"{name}\" for steps whose phase was missing.", "Fase \"{name}\" toegevoegd voor stappen waarvan de fase ontbrak.";
        repair_journey_persona: "Journey \"{name}\" no longer names a missing persona.", "Reis \"{name}\" verwijst niet meer naar een ontbrekende persona.";
        repair_step_phase: "Step \"{step}\" moved to phase \"{phase}\".", "Stap \"{step}\" is verplaatst naar fase \"{phase}\".";
        repair_step_at: "Step \"{step}\" moved back inside its phase.", "Stap \"{step}\" staat weer binnen zijn fase.";
        repair_step_emotion: "Step \"{step}\" got emotion {emotion}.", "Stap \"{step}\" kreeg emotie {emotion}.";
        repair_content_phase: "Content item \"{item}\" moved to phase \"{phase}\".", "Contentitem \"{item}\" is verplaatst naar fase \"{phase}\".";
        repair_content_persona: "Content item \"{item}\" no longer names a missing persona.", "Contentitem \"{item}\" verwijst niet meer naar een ontbrekende persona.";
        repair_content_steps: "Content item \"{item}\" no longer names missing steps.", "Contentitem \"{item}\" verwijst niet meer naar ontbrekende stappen.";
        repair_content_end: "Content item \"{item}\" lost its end date (it was before the start).", "Contentitem \"{item}\" heeft geen einddatum meer (die lag vóór het begin).";
        repair_new_id: "{what} \"{name}\" got the new id {id} (its id was taken).", "{what} \"{name}\" kreeg het nieuwe id {id} (het oude id was al in gebruik).";
        the_phase: "The phase", "De fase";
        the_journey: "The journey", "De reis";
        the_step: "The step", "De stap";
        the_persona: "The persona", "De persona";
        the_content_item: "The content item", "Het contentitem";
    }
}
