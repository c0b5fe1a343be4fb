//! Every command the app offers, in one table: its label and its keyboard shortcut, and one
//! handler (`ReliefApp::run_command`) that carries it out, whether a key or a button asked: it
//! locks the journal itself ([`Command::Lock`]) and passes every other command of an open
//! journal to `Session::run_command`.
//!
//! Hints are worded by egui from the shortcut ([`egui::Context::format_shortcut`]), so they read
//! "Cmd+S" (or "⌘S") on macOS and "Ctrl+S" elsewhere. What this module is not: the keys a single
//! control reads while it has focus (digits for the pain score, Enter in a number field).

use eframe::egui;
use egui::{Context, InputState, Key, KeyboardShortcut, Modifiers};

use crate::domain::{MAX_TEXT_SCALE, MIN_TEXT_SCALE};
use crate::t;

use super::View;

/// Something the user can ask for from the keyboard or a button, anywhere in an open journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Show a view.
    ShowView(View),
    /// Save the form of the view shown (Today's entry, the infusion form).
    Save,
    /// Undo the last delete.
    Undo,
    /// Today: show the day before.
    PreviousDay,
    /// Today: show the day after (never past today).
    NextDay,
    /// Today: show today again.
    BackToToday,
    /// Make the text larger (kept in the settings).
    ZoomIn,
    /// Make the text smaller (kept in the settings).
    ZoomOut,
    /// Show the text at its default size (kept in the settings).
    ZoomReset,
    /// Lock a journal protected by a passphrase at once: the lock screen hides it until the
    /// passphrase is typed again (`lock.rs`).
    Lock,
}

/// A command's entry in the table: the keys that ask for it (its name is [`Command::label`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandEntry {
    /// The shortcut shown in hints.
    pub shortcut: KeyboardShortcut,
    /// A second shortcut that does the same (Ctrl+= for Ctrl+plus, which needs Shift on many
    /// keyboards); never shown.
    pub also: Option<KeyboardShortcut>,
    /// Whether the shortcut is left to a text field that has the keyboard (Ctrl+Z undoes typing
    /// there, not the last delete).
    pub outside_text: bool,
}

/// The step of [`Command::ZoomIn`] and [`Command::ZoomOut`], as a fraction of the default size
/// (egui's own zoom keys use the same step).
pub const ZOOM_STEP: f32 = 0.1;

/// Ctrl (Cmd on macOS) and `key`.
const fn command_key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

/// Alt (Option on macOS) and `key`.
const fn alt_key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::ALT, key)
}

impl Command {
    /// Every command, views first in side-bar order.
    pub const ALL: [Self; 15] = [
        Self::ShowView(View::Today),
        Self::ShowView(View::History),
        Self::ShowView(View::Infusions),
        Self::ShowView(View::Charts),
        Self::ShowView(View::Report),
        Self::ShowView(View::Settings),
        Self::Save,
        Self::Undo,
        Self::PreviousDay,
        Self::NextDay,
        Self::BackToToday,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ZoomReset,
        Self::Lock,
    ];

    /// The command's entry: one per command, so no command lacks a shortcut.
    pub fn entry(self) -> CommandEntry {
        let entry = |shortcut| CommandEntry {
            shortcut,
            also: None,
            outside_text: false,
        };
        match self {
            Self::ShowView(view) => entry(command_key(match view {
                View::Today => Key::Num1,
                View::History => Key::Num2,
                View::Infusions => Key::Num3,
                View::Charts => Key::Num4,
                View::Report => Key::Num5,
                View::Settings => Key::Num6,
            })),
            Self::Save => entry(command_key(Key::S)),
            Self::Undo => CommandEntry {
                outside_text: true,
                ..entry(command_key(Key::Z))
            },
            Self::PreviousDay => entry(alt_key(Key::ArrowLeft)),
            Self::NextDay => entry(alt_key(Key::ArrowRight)),
            Self::BackToToday => entry(alt_key(Key::Home)),
            Self::ZoomIn => CommandEntry {
                also: Some(command_key(Key::Equals)),
                ..entry(command_key(Key::Plus))
            },
            Self::ZoomOut => entry(command_key(Key::Minus)),
            Self::ZoomReset => entry(command_key(Key::Num0)),
            Self::Lock => entry(command_key(Key::L)),
        }
    }

    /// The name shown on the command's button and in its hint, in the patient's language; one
    /// per command, so no command lacks a label.
    pub fn label(self) -> String {
        match self {
            Self::ShowView(view) => view.label(),
            Self::Save => t!("command-save"),
            Self::Undo => t!("command-undo"),
            Self::PreviousDay => t!("command-previous-day"),
            Self::NextDay => t!("command-next-day"),
            Self::BackToToday => t!("command-back-to-today"),
            Self::ZoomIn => t!("command-larger-text"),
            Self::ZoomOut => t!("command-smaller-text"),
            Self::ZoomReset => t!("command-default-text-size"),
            Self::Lock => t!("command-lock"),
        }
    }

    /// The shortcut as egui words it on this system: "Ctrl+S", or "Cmd+S" / "⌘S" on macOS.
    pub fn shortcut_text(self, ctx: &Context) -> String {
        ctx.format_shortcut(&self.entry().shortcut)
    }

    /// The label and its shortcut, for a hover text: "Previous day (Alt+Left)".
    pub fn hint(self, ctx: &Context) -> String {
        t!(
            "command-hint",
            command = self.label(),
            shortcut = self.shortcut_text(ctx)
        )
    }

    /// The text size after this command, from `scale` (1.0 is the default), held to what the
    /// settings allow; `None` for commands that do not change the text size.
    pub fn text_scale_after(self, scale: f32) -> Option<f32> {
        let stepped = |scale: f32| (scale * 10.0).round() / 10.0;
        let next = match self {
            Self::ZoomIn => stepped(scale + ZOOM_STEP),
            Self::ZoomOut => stepped(scale - ZOOM_STEP),
            Self::ZoomReset => 1.0,
            Self::ShowView(_)
            | Self::Save
            | Self::Undo
            | Self::PreviousDay
            | Self::NextDay
            | Self::BackToToday
            | Self::Lock => return None,
        };
        Some(next.clamp(MIN_TEXT_SCALE, MAX_TEXT_SCALE))
    }

    /// Whether one of this command's keys was pressed; consumes it, so nothing else acts on it.
    fn consume(self, input: &mut InputState, text_focused: bool) -> bool {
        let entry = self.entry();
        if entry.outside_text && text_focused {
            return false;
        }
        input.consume_shortcut(&entry.shortcut)
            || entry.also.is_some_and(|also| input.consume_shortcut(&also))
    }
}

/// The commands whose keys were pressed this frame, among those `available` accepts; their keys
/// are consumed, so a view never acts on them a second time.
pub fn pressed_commands(ctx: &Context, available: impl Fn(Command) -> bool) -> Vec<Command> {
    let text_focused = ctx.text_edit_focused();
    ctx.input_mut(|input| {
        Command::ALL
            .into_iter()
            .filter(|command| available(*command) && command.consume(input, text_focused))
            .collect()
    })
}

/// Pairs of commands in `commands` that share a shortcut (primary or secondary); empty when every
/// key asks for one command only.
pub fn shortcut_clashes(commands: &[Command]) -> Vec<(Command, Command, KeyboardShortcut)> {
    let keys = |command: Command| {
        let entry = command.entry();
        std::iter::once(entry.shortcut).chain(entry.also)
    };
    let mut clashes = Vec::new();
    for (index, first) in commands.iter().enumerate() {
        for second in &commands[index + 1..] {
            for key in keys(*first) {
                if keys(*second).any(|other| other == key) {
                    clashes.push((*first, *second, key));
                }
            }
        }
    }
    clashes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        assert_eq!(shortcut_clashes(&Command::ALL), Vec::new());
    }

    #[test]
    fn a_shared_shortcut_is_found() {
        // The same command twice shares every key with itself, so the check can fail.
        let clashes = shortcut_clashes(&[Command::Save, Command::Undo, Command::Save]);
        assert_eq!(
            clashes,
            vec![(Command::Save, Command::Save, command_key(Key::S))]
        );
        // A secondary key counts too.
        let clashes = shortcut_clashes(&[Command::ZoomIn, Command::ZoomIn]);
        assert_eq!(clashes.len(), 2);
    }

    #[test]
    fn every_command_is_listed_once() {
        for command in Command::ALL {
            let listed = Command::ALL
                .iter()
                .filter(|other| **other == command)
                .count();
            assert_eq!(listed, 1, "{command:?}");
        }
        for view in View::ALL {
            assert!(Command::ALL.contains(&Command::ShowView(view)), "{view:?}");
        }
    }

    /// The hint of `command` on `os`, worded by a context that has drawn a frame (so its fonts
    /// are known).
    fn hint_on(os: egui::os::OperatingSystem, command: Command) -> String {
        let ctx = Context::default();
        ctx.set_os(os);
        let mut hint = String::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            hint = command.shortcut_text(ui.ctx());
        });
        // Nothing is drawn here, so the font textures are never uploaded.
        output.textures_delta.clear();
        hint
    }

    #[test]
    fn hints_read_ctrl_elsewhere_and_cmd_on_macos() {
        use egui::os::OperatingSystem;
        assert_eq!(hint_on(OperatingSystem::Nix, Command::Save), "Ctrl+S");
        assert_eq!(hint_on(OperatingSystem::Windows, Command::Undo), "Ctrl+Z");
        assert_eq!(
            hint_on(OperatingSystem::Nix, Command::PreviousDay),
            "Alt+Left"
        );
        let mac = hint_on(OperatingSystem::Mac, Command::Save);
        assert!(mac == "Cmd+S" || mac == "⌘S", "{mac}");
        let mac = hint_on(OperatingSystem::Mac, Command::ShowView(View::Charts));
        assert!(mac == "Cmd+4" || mac == "⌘4", "{mac}");
        assert_eq!(hint_on(OperatingSystem::Nix, Command::Lock), "Ctrl+L");
        let mac = hint_on(OperatingSystem::Mac, Command::Lock);
        assert!(mac == "Cmd+L" || mac == "⌘L", "{mac}");
    }

    #[test]
    fn zoom_steps_by_a_tenth_within_the_allowed_sizes() {
        assert_eq!(Command::ZoomIn.text_scale_after(1.0), Some(1.1));
        assert_eq!(Command::ZoomOut.text_scale_after(1.0), Some(0.9));
        assert_eq!(Command::ZoomReset.text_scale_after(1.7), Some(1.0));
        assert_eq!(Command::ZoomIn.text_scale_after(2.0), Some(2.0));
        assert_eq!(Command::ZoomOut.text_scale_after(0.75), Some(0.75));
        assert_eq!(Command::Save.text_scale_after(1.0), None);
    }
}
