//! The journey canvas, its legend and the lanes under it.

crate::strings! {
    /// The journey canvas, its legend and the lanes under it.
    pub struct Texts {
        journeys: "Journeys:", "Reizen:";
        no_journeys: "none yet — double-click the canvas to add a step and start one.", "nog geen — dubbelklik op het canvas om een stap toe te voegen en er een te beginnen.";
        show_hide_journey: "Show or hide this journey", "Deze reis tonen of verbergen";
        focus: "focus", "uitlichten";
        focus_hover: "Draw this journey on top; new steps and the lanes use it", "Deze reis bovenop tekenen; nieuwe stappen en de banen gebruiken haar";
        new_step: "New step", "Nieuwe stap";
        new_journey: "Journey {n}", "Reis {n}";
        personas_differ: "personas differ by {difference}", "persona's verschillen {difference}";
        no_content: "No content", "Geen content";
        items_one: "{n} item", "{n} item";
        items_many: "{n} items", "{n} items";
        gap_hover: "{phase}: no content planned. Click to plan some.", "{phase}: geen content gepland. Klik om iets te plannen.";
        content_hover_one: "{phase}: {n} content item. Click to see them.", "{phase}: {n} contentitem. Klik om het te zien.";
        content_hover_many: "{phase}: {n} content items. Click to see them.", "{phase}: {n} contentitems. Klik om ze te zien.";
        highlight: "highlight", "hoogtepunt";
        pain_point: "pain point", "pijnpunt";
        phase_name: "Phase name", "Fasenaam";
        canvas_title: "Journey canvas of \"{title}\".", "Klantreiscanvas van \"{title}\".";
        canvas_journey: " Journey \"{name}\", {steps}:", " Reis \"{name}\", {steps}:";
        steps_one: "{n} step", "{n} stap";
        steps_many: "{n} steps", "{n} stappen";
        content_items_one: "{n} content item", "{n} contentitem";
        content_items_many: "{n} content items", "{n} contentitems";
        canvas_keys: " Arrow keys move from step to step; Page Up and Page Down from phase to phase.", " Pijltjestoetsen gaan van stap naar stap; Page Up en Page Down van fase naar fase.";
        step_label: "Step '{title}', {phase}, emotion {emotion}", "Stap '{title}', {phase}, emotie {emotion}";
        phase_label: "Phase '{name}', {steps}, {items}", "Fase '{name}', {steps}, {items}";
        lanes_none: "Lanes: no journey is shown", "Banen: er wordt geen reis getoond";
        lanes_of: "Lanes of \"{name}\"", "Banen van \"{name}\"";
        canvas_name: "Journey canvas, {journeys}, {steps}", "Klantreiscanvas, {journeys}, {steps}";
        journeys_one: "{n} journey", "{n} reis";
        journeys_many: "{n} journeys", "{n} reizen";
        phases_list: "Phases", "Fasen";
        phase_node: "{phase}, {n} of {count}", "{phase}, {n} van {count}";
        journey_node: "Journey '{name}', {steps}", "Reis '{name}', {steps}";
        step_node: "{step}, {n} of {count}", "{step}, {n} van {count}";
        off_screen: "Off screen", "Buiten beeld";
        action_rename: "Rename", "Hernoemen";
        action_delete: "Delete", "Verwijderen";
        focus_named: "focus on {name}", "{name} uitlichten";
        lanes_steps_row: "Steps", "Stappen";
        lanes_empty_cell: "empty", "leeg";
        lanes_canvas: "Lanes of the journey's steps", "Banen van de stappen van de reis";
        map_summary: "Map summary", "Samenvatting van de kaart";
        inplace_title: "Title of step {step}", "Titel van stap {step}";
        inplace_lane: "{lane} of step {step}", "{lane} van stap {step}";
        inplace_cell_hint: "Enter: new item · Ctrl+Enter: done · Esc: cancel · Tab: next cell", "Enter: nieuw item · Ctrl+Enter: klaar · Esc: annuleren · Tab: volgende cel";
        lanes_crowded: "{n} steps on screen, side by side in time order · Shift+wheel scrolls", "{n} stappen in beeld, naast elkaar in tijdsvolgorde · Shift+wiel schuift";
        lanes_crowded_hover: "{n} steps are on screen, more than the lanes can show under their steps. Their columns stand side by side in time order; Shift+wheel or the bar above them scrolls. Zoom in to line the columns up with their steps.", "Er staan {n} stappen in beeld, meer dan de banen onder hun stappen kunnen tonen. Hun kolommen staan naast elkaar in tijdsvolgorde; Shift+wiel of de balk erboven schuift. Zoom in om de kolommen onder hun stappen te zetten.";
        lanes_scrollbar: "Scroll the lanes sideways", "De banen opzij schuiven";
        lanes_edit_hint: "Double-click a cell to type in it", "Dubbelklik op een cel om erin te typen";
        tests_running_one: "{n} test running", "{n} test loopt";
        tests_running_many: "{n} tests running", "{n} tests lopen";
        experiments_running_one: "{n} experiment running", "{n} experiment loopt";
        experiments_running_many: "{n} experiments running", "{n} experimenten lopen";
        running_in: "Running in {phase}:", "Loopt in {phase}:";
        no_hypothesis: "(no hypothesis yet) {item}", "(nog geen hypothese) {item}";
    }
}
