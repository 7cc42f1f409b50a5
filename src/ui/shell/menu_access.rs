//! The menus as a screen reader knows them: a menu bar of menus (the role
//! GTK gives File/Edit/…, and the one Orca words as "File menu"; a menu item
//! is spoken as its name alone), popups named after the menu that opened
//! them (Orca then does not announce an unnamed "menu" on the way in), items named without their shortcut (the shortcut exposed as
//! such), submenus that say they open one, Escape closing one level and
//! handing focus back to the item that opened it, and a run item closing
//! the menu however it was run (mouse, Enter, or the reader's action).
//!
//! egui 0.37 gives the bar and every popup the role "menu" and every entry
//! the role of its widget (a button); these functions set the roles (and the
//! popups' names) on the nodes egui already made.

use egui::accesskit::{HasPopup, Role};
use egui::containers::menu::MenuState;
use egui::{Key, Modifiers, Response, Ui, UiKind};

/// Marks `ui` (the menu bar's `Ui`, as [`egui::MenuBar::ui`] hands it over) as a menu bar.
pub fn menu_bar(ui: &Ui) {
    ui.ctx()
        .accesskit_node_builder(ui.unique_id(), |node| node.set_role(Role::MenuBar));
}

/// A menu (in the bar) or a submenu (in a menu): `ui.menu_button` with the
/// roles, its popup named after it, and Escape closing only the deepest open
/// level and giving focus back to the item that opened it.
pub fn menu<R>(ui: &mut Ui, label: &str, content: impl FnOnce(&mut Ui) -> R) -> Response {
    opener(ui, label, false, content)
}

/// A submenu inside a menu (see [`menu`]).
pub fn submenu<R>(ui: &mut Ui, label: &str, content: impl FnOnce(&mut Ui) -> R) -> Response {
    opener(ui, label, true, content)
}

fn opener<R>(
    ui: &mut Ui,
    label: &str,
    submenu: bool,
    content: impl FnOnce(&mut Ui) -> R,
) -> Response {
    let mut escaped = false;
    let inner = ui.menu_button(label, |ui| {
        if let Some(popup) = ui.stack().iter().find(|s| s.kind() == Some(UiKind::Menu)) {
            ui.ctx()
                .accesskit_node_builder(popup.unique_id, |node| node.set_label(label));
        }
        let result = content(ui);
        // The deepest open menu runs its content first and takes Escape for itself.
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            escaped = true;
            if !submenu {
                ui.close();
            }
        }
        result
    });
    if escaped && submenu {
        // `Ui::close` in a submenu closes its parents too: close this level only.
        MenuState::from_ui(ui, |state, _| state.open_item = None);
    }
    let open = inner.inner.is_some() && !escaped;
    let response = inner.response;
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Menu);
        node.set_label(label);
        node.set_has_popup(HasPopup::Menu);
        node.set_expanded(open);
    });
    if escaped {
        response.request_focus();
    }
    response
}

/// Makes a clicked widget in a menu a menu item named `label`, with its
/// shortcut as a shortcut, that closes the menu when run. Returns whether it ran.
pub fn item(ui: &Ui, response: &Response, label: &str, shortcut: Option<String>) -> bool {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::MenuItem);
        node.set_label(label);
        if let Some(keys) = shortcut {
            node.set_keyboard_shortcut(keys);
        }
    });
    let ran = response.clicked();
    if ran {
        ui.close();
    }
    ran
}

/// A plain button in a menu, as a menu item (see [`item`]). Returns whether it ran.
pub fn button_item(ui: &mut Ui, label: &str) -> bool {
    let response = ui.button(label);
    item(ui, &response, label, None)
}

/// Makes a check box in a menu a checkable menu item.
pub fn check_item(ui: &Ui, response: &Response) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_role(Role::MenuItemCheckBox));
}

/// Makes a radio button in a menu a radio menu item.
pub fn radio_item(ui: &Ui, response: &Response) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_role(Role::MenuItemRadio));
}
