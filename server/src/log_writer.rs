//! The log's writer: one event is one line, whatever it contains. A newline or other control
//! character inside an event (a follow target, a remote error message) is written escaped, so
//! nobody can forge a log line by putting one in a field.

use std::io::{self, Write};

/// Writes to standard output, escaping control characters inside each event.
pub struct EscapingStdout;

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for EscapingStdout {
    type Writer = EscapingWriter<io::Stdout>;

    fn make_writer(&'a self) -> Self::Writer {
        EscapingWriter(io::stdout())
    }
}

pub struct EscapingWriter<W>(pub W);

impl<W: Write> Write for EscapingWriter<W> {
    /// The formatter hands over one whole event, ending in its newline.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write_all(&escape_event(buf))?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// Escapes control characters (`\n` → `\\n`, others as `\\x1b`), except the final newline
/// and tabs. ANSI colour sequences, which we only write to a terminal, pass through.
pub fn escape_event(event: &[u8]) -> Vec<u8> {
    let (body, ending) = match event.strip_suffix(b"\n") {
        Some(body) => (body, &b"\n"[..]),
        None => (event, &b""[..]),
    };
    let mut out = Vec::with_capacity(event.len() + 8);
    let mut index = 0;
    while index < body.len() {
        let byte = body[index];
        match byte {
            // ESC [ … m : a colour code.
            0x1b if body.get(index + 1) == Some(&b'[') => {
                let end = body[index..].iter().position(|&b| b == b'm').map_or(body.len(), |p| index + p + 1);
                out.extend_from_slice(&body[index..end]);
                index = end;
                continue;
            }
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.push(b'\t'),
            0x00..=0x1f | 0x7f => out.extend_from_slice(format!("\\x{byte:02x}").as_bytes()),
            _ => out.push(byte),
        }
        index += 1;
    }
    out.extend_from_slice(ending);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_newline_inside_an_event_cannot_start_a_new_line() {
        // Issue 22, finding 12: a follow target with a newline and a fake log line after it.
        let event = b"INFO following failed target=@a@b\n2026-12-06T10:00:00Z INFO admin signed in\n";
        let escaped = escape_event(event);
        assert_eq!(escaped.iter().filter(|&&b| b == b'\n').count(), 1);
        assert!(escaped.ends_with(b"admin signed in\n"));
        assert_eq!(escape_event(b"a\rb\x07c\td"), b"a\\rb\\x07c\td");
        assert_eq!(escape_event(b"\x1b[32mINFO\x1b[0m ok\n"), b"\x1b[32mINFO\x1b[0m ok\n");
    }
}
