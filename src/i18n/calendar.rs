//! The content calendar, the content table and the content item inspector.

crate::strings! {
    /// The content calendar, the content table and the content item inspector.
    pub struct Texts {
        month_january: "January", "januari";
        month_february: "February", "februari";
        month_march: "March", "maart";
        month_april: "April", "april";
        month_may: "May", "mei";
        month_june: "June", "juni";
        month_july: "July", "juli";
        month_august: "August", "augustus";
        month_september: "September", "september";
        month_october: "October", "oktober";
        month_november: "November", "november";
        month_december: "December", "december";

        month_short_january: "Jan", "jan";
        month_short_february: "Feb", "feb";
        month_short_march: "Mar", "mrt";
        month_short_april: "Apr", "apr";
        month_short_may: "May", "mei";
        month_short_june: "Jun", "jun";
        month_short_july: "Jul", "jul";
        month_short_august: "Aug", "aug";
        month_short_september: "Sep", "sep";
        month_short_october: "Oct", "okt";
        month_short_november: "Nov", "nov";
        month_short_december: "Dec", "dec";

        weekday_monday: "Monday", "maandag";
        weekday_tuesday: "Tuesday", "dinsdag";
        weekday_wednesday: "Wednesday", "woensdag";
        weekday_thursday: "Thursday", "donderdag";
        weekday_friday: "Friday", "vrijdag";
        weekday_saturday: "Saturday", "zaterdag";
        weekday_sunday: "Sunday", "zondag";

        weekday_short_monday: "Mon", "ma";
        weekday_short_tuesday: "Tue", "di";
        weekday_short_wednesday: "Wed", "wo";
        weekday_short_thursday: "Thu", "do";
        weekday_short_friday: "Fri", "vr";
        weekday_short_saturday: "Sat", "za";
        weekday_short_sunday: "Sun", "zo";

        date_format: "%Y-%m-%d", "%d-%m-%Y";
        week_title: "Week {week}: {from} – {to}", "Week {week}: {from} t/m {to}";
        previous_week: "Previous week", "Vorige week";
        next_week: "Next week", "Volgende week";
        previous_month: "Previous month", "Vorige maand";
        next_month: "Next month", "Volgende maand";
        today: "Today", "Vandaag";
        view_month: "Month", "Per maand";
        view_week: "Week", "Per week";
        new_item: "+ New item", "+ Nieuw item";
        new_item_title: "New content item", "Nieuw contentitem";
        more: "+{n} more", "+{n} meer";
        more_hint: "Show this week as a list", "Toon deze week als lijst";
        add_on_day: "Add an item on this day", "Voeg een item toe op deze dag";
        legend_hint: "Double-click a day to add an item; drag an item to another day to move it.", "Dubbelklik op een dag om een item toe te voegen; sleep een item naar een andere dag om het te verplaatsen.";
        nothing_planned: "Nothing planned", "Niets gepland";

        show: "Show:", "Toon:";
        filter_phase: "Filter by phase", "Filteren op fase";
        all_phases: "All phases", "Alle fasen";
        filter_persona: "Filter by persona", "Filteren op persona";
        all_personas: "All personas", "Alle persona's";
        filter_channel: "Filter by channel", "Filteren op kanaal";
        all_channels: "All channels", "Alle kanalen";
        filter_status: "Filter by status", "Filteren op status";
        any_status: "Any status", "Elke status";
        clear_filters: "Clear filters", "Filters wissen";

        label_for: "for {persona}", "voor {persona}";
        label_runs: "Runs {from} to {to}", "Loopt van {from} tot en met {to}";
        label_repeats_from: "{repeat} from {date}", "{repeat} vanaf {date}";
        label_until: " until {date}", " tot en met {date}";
        label_drag: "Drag to another day to move it.", "Sleep het naar een andere dag om het te verplaatsen.";

        suggestion_add: "+ Add", "+ Toevoegen";
        suggestion_add_hint: "Add this to the content calendar as an idea", "Zet dit als idee in de contentkalender";

        table_heading: "Content table", "Contenttabel";
        column_date: "Date", "Datum";
        column_title: "Title", "Titel";
        column_type: "Type", "Type";
        column_channel: "Channel", "Kanaal";
        column_phase: "Phase", "Fase";
        column_persona: "Persona", "Persona";
        column_status: "Status", "Status";
        column_owner: "Owner", "Eigenaar";
        sort_by: "Sort by {column}", "Sorteren op {column}";
        items_shown: "{shown} of {total} items shown. Click a column's title to sort by it.", "{shown} van {total} items getoond. Klik op de titel van een kolom om erop te sorteren.";
        phase_first: "Add a phase first: content items belong to a phase.", "Voeg eerst een fase toe: contentitems horen bij een fase.";
        status_of: "Status of {title}", "Status van {title}";

        item_heading: "Content item", "Contentitem";
        title: "Title", "Titel";
        kind: "Type", "Type";
        other: "Other", "Anders";
        other_choice: "Other…", "Anders…";
        other_kind: "Other type", "Ander type";
        channel: "Channel", "Kanaal";
        publish_date: "Publish date", "Publicatiedatum";
        repeats: "Repeats", "Herhaling";
        runs_until: "Runs until (a campaign)", "Loopt tot en met (een campagne)";
        repeats_until: "Repeats until", "Herhaalt tot en met";
        status: "Status", "Status";
        phase: "Phase", "Fase";
        missing: "(missing)", "(ontbreekt)";
        for_persona: "For persona", "Voor persona";
        everyone: "(everyone)", "(iedereen)";
        owner: "Owner", "Eigenaar";
        goal: "Goal or KPI", "Doel of KPI";
        supports_steps: "Supports the steps", "Ondersteunt de stappen";
        notes: "Notes", "Notities";
        duplicate: "Duplicate", "Dupliceren";
        delete_item: "Delete item", "Item verwijderen";
        show_in_calendar: "Show in calendar", "Toon in kalender";

        phase_content: "Content ({n})", "Contentitems ({n})";
        phase_no_content: "No content is planned for this phase yet: a gap in the calendar.", "Voor deze fase is nog geen content gepland: een gat in de kalender.";
        phase_show_in_table: "Show this phase's content in the table", "Toon de content van deze fase in de tabel";
        suggested_content: "Suggested content", "Voorgestelde content";
        experiment_runs: "Experiment runs, day {day} of {days}: {hypothesis}", "Experiment loopt, dag {day} van {days}: {hypothesis}";
    }
}
