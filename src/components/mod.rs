//! Views used by more than one page.

pub mod activity_log;
pub mod add_students;
pub mod avatar_editor;
pub mod birth_date_prompt;
pub mod confirm_dialog;
pub mod connected_providers;
pub mod copy_button;
pub mod feedback_panel;
pub mod file_input;
pub mod focus;
pub mod hotspot_fields;
pub mod hotspot_marker;
pub mod layout;
pub mod modal;
pub mod page_heading;
pub mod password_form;
pub mod profile_form;
pub mod provider_buttons;
pub mod scene_card;
pub mod scene_stage;
pub mod school_user_row;
pub mod sign_in_domains;
pub mod sign_in_gate;
pub mod stats_panel;
pub mod text_field;
pub mod visibility_picker;
