//! The personas' photos as textures, shared by the persona panel and the
//! avatars the canvas paints at the curves' starts.

use std::collections::HashMap;

use egui::{Color32, Ui, vec2};

use crate::io;
use crate::model::{Persona, PersonaId};

use super::theme;

/// A cheap fingerprint of a photo, checked every frame: its length and its
/// first and last bytes (a PNG's last bytes before IEND hold the image data's
/// checksum, so a different picture almost surely differs there).
fn fingerprint(bytes: &[u8]) -> u64 {
    let head = &bytes[..bytes.len().min(256)];
    let tail = &bytes[bytes.len().saturating_sub(512)..];
    io::content_hash(head) ^ io::content_hash(tail).rotate_left(17) ^ bytes.len() as u64
}

/// The most photo textures kept (at most 32 MiB): the avatars on screen fit with room to
/// spare; a map with hundreds of personas does not hold a texture for each.
pub const MAX_TEXTURES: usize = 128;

/// Textures of the personas' photos, made once per photo and kept for the
/// [`MAX_TEXTURES`] most recently shown.
#[derive(Default)]
pub struct Avatars {
    /// Per persona: the photo's fingerprint, its texture, and when it was last shown.
    textures: HashMap<PersonaId, (u64, Option<egui::TextureHandle>, u64)>,
    /// Counts the avatars asked for, to tell the least recently shown.
    clock: u64,
}

impl Avatars {
    /// The persona's photo as a texture, or `None` when it has none (or it cannot be shown).
    pub fn get(&mut self, ctx: &egui::Context, persona: &Persona) -> Option<egui::TextureHandle> {
        let photo = persona.photo.as_ref()?;
        let hash = fingerprint(&photo.bytes);
        self.clock += 1;
        if let Some((known, texture, used)) = self.textures.get_mut(&persona.id)
            && *known == hash
        {
            *used = self.clock;
            return texture.clone();
        }
        if self.textures.len() >= MAX_TEXTURES
            && let Some(oldest) = self
                .textures
                .iter()
                .min_by_key(|(_, (_, _, used))| *used)
                .map(|(id, _)| *id)
        {
            // Dropping the last handle frees the texture.
            self.textures.remove(&oldest);
        }
        // The largest avatar shown is 140 points; the stored photo's side is enough.
        let side = io::photo::PHOTO_SIDE;
        let texture = io::photo::photo_pixels_within(photo, side)
            .ok()
            .map(|(w, h, pixels)| {
                let image =
                    egui::ColorImage::from_rgba_unmultiplied([w as usize, h as usize], &pixels);
                ctx.load_texture(
                    format!("persona-{}", persona.id),
                    image,
                    egui::TextureOptions::LINEAR,
                )
            });
        self.textures
            .insert(persona.id, (hash, texture.clone(), self.clock));
        texture
    }

    /// How many photo textures are kept now.
    pub fn kept(&self) -> usize {
        self.textures.len()
    }
}

/// Draws a round avatar: the photo, or the initials on the persona's colour.
pub fn avatar_ui(
    ui: &mut Ui,
    avatars: &mut Avatars,
    persona: &Persona,
    size: f32,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(vec2(size, size), egui::Sense::hover());
    paint_avatar(ui, avatars, persona, rect);
    response
}

/// Paints a round avatar into `rect`; one scrolled out of sight costs no texture.
pub fn paint_avatar(ui: &Ui, avatars: &mut Avatars, persona: &Persona, rect: egui::Rect) {
    if !ui.is_rect_visible(rect) {
        return;
    }
    match avatars.get(ui.ctx(), persona) {
        Some(texture) => {
            egui::Image::from_texture(&texture)
                .corner_radius(rect.width() / 2.0)
                .paint_at(ui, rect);
        }
        None => {
            let painter = ui.painter();
            painter.circle_filled(rect.center(), rect.width() / 2.0, theme::AVATAR_FILL);
            let initials = persona.initials();
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                initials.to_uppercase(),
                egui::FontId::proportional(rect.width() * 0.4),
                Color32::WHITE,
            );
        }
    }
    ui.painter().circle_stroke(
        rect.center(),
        rect.width() / 2.0,
        egui::Stroke::new(1.0, theme::AVATAR_RING),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_with_hundreds_of_personas_keeps_a_bounded_number_of_photo_textures() {
        // A real persona photo: one from the example map.
        let example =
            crate::io::from_ron(include_str!("../../../maps/clothing.ron")).expect("the example");
        let png = example
            .personas
            .iter()
            .find_map(|p| p.photo.as_ref())
            .expect("a persona with a photo")
            .bytes
            .clone();
        let ctx = egui::Context::default();
        let mut avatars = Avatars::default();
        for i in 0..300 {
            let mut persona = Persona::new(PersonaId(i), &format!("Persona {i}"));
            persona.photo = Some(crate::model::Photo { bytes: png.clone() });
            assert!(avatars.get(&ctx, &persona).is_some(), "persona {i}");
            assert!(avatars.kept() <= MAX_TEXTURES);
        }
        assert_eq!(avatars.kept(), MAX_TEXTURES);
        // The most recently shown stay: asking again makes no new texture.
        let mut last = Persona::new(PersonaId(299), "Persona 299");
        last.photo = Some(crate::model::Photo { bytes: png });
        let before = avatars.textures[&PersonaId(299)].1.as_ref().map(|t| t.id());
        let again = avatars.get(&ctx, &last).map(|t| t.id());
        assert_eq!(before, again);
    }
}
