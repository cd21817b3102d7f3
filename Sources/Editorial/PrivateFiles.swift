import Foundation

/// The state folder's files are for its owner only (mode 0600, folders 0700): they hold who
/// changed what, staff's reports and the sundhed.dk packages. Files are made that way from the
/// start, not narrowed after others could have opened them, and files an older version left
/// readable to all are narrowed when they are next opened.
public enum PrivateFiles {
    /// Creates path empty with mode 0600 when it does not exist, and sets 0600 when it does.
    public static func prepare(_ path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        if descriptor >= 0 { close(descriptor) }
        chmod(path, 0o600)
    }

    /// Sets 0700 on path and the folders under it and 0600 on every file there.
    public static func narrow(_ path: String) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            chmod(path, 0o600)
            return
        }
        chmod(path, 0o700)
        for child in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            narrow(path + "/" + child)
        }
    }
}
