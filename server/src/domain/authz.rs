//! The authorization matrix: which role may do what to whose content.

use super::vocab::Role;

/// Something a signed-in account may want to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Write new materials and case studies.
    Create,
    /// Change content (also restore a version, upload attachments).
    Edit,
    /// Soft-delete content.
    Delete,
    /// Hide or unhide content from everyone but its owner and staff.
    Hide,
    /// See drafts and hidden content.
    ViewPrivate,
    /// Change node settings, approve and manage accounts.
    ConfigureNode,
}

/// Whether `role` may perform `action` on content that is (or is not) its own.
///
/// | action        | member | editor | moderator | admin |
/// |---------------|--------|--------|-----------|-------|
/// | create        | yes    | yes    | yes       | yes   |
/// | edit          | own    | any    | own       | any   |
/// | delete        | own    | own    | any       | any   |
/// | hide          | no     | no     | any       | any   |
/// | view private  | own    | any    | any       | any   |
/// | configure     | no     | no     | no        | yes   |
pub fn can(role: Role, action: Action, is_owner: bool) -> bool {
    use Action::*;
    use Role::*;
    match (action, role) {
        (Create, _) => true,
        (Edit, Admin | Editor) => true,
        (Edit, Moderator | Member) => is_owner,
        (Delete, Admin | Moderator) => true,
        (Delete, Editor | Member) => is_owner,
        (Hide, Admin | Moderator) => true,
        (Hide, Editor | Member) => false,
        (ViewPrivate, Admin | Moderator | Editor) => true,
        (ViewPrivate, Member) => is_owner,
        (ConfigureNode, Admin) => true,
        (ConfigureNode, _) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrix() {
        // (role, action, own?, expected)
        let table = [
            (Role::Member, Action::Edit, true, true),
            (Role::Member, Action::Edit, false, false),
            (Role::Member, Action::Delete, false, false),
            (Role::Member, Action::Hide, true, false),
            (Role::Member, Action::ConfigureNode, true, false),
            (Role::Editor, Action::Edit, false, true),
            (Role::Editor, Action::Delete, false, false),
            (Role::Moderator, Action::Edit, false, false),
            (Role::Moderator, Action::Hide, false, true),
            (Role::Moderator, Action::Delete, false, true),
            (Role::Moderator, Action::ConfigureNode, false, false),
            (Role::Admin, Action::ConfigureNode, false, true),
            (Role::Admin, Action::Edit, false, true),
        ];
        for (role, action, own, expected) in table {
            assert_eq!(can(role, action, own), expected, "{role:?} {action:?} own={own}");
        }
    }
}
