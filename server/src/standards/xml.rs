//! A small XML writer: elements nest as they are opened and closed, text and attribute values
//! are escaped, and characters XML 1.0 cannot hold are dropped (a harvester's parser would
//! refuse the whole page over one of them).

/// An XML document being written.
pub struct Xml {
    out: String,
    open: Vec<&'static str>,
}

impl Default for Xml {
    fn default() -> Self {
        Xml::new()
    }
}

impl Xml {
    /// A document that starts with the XML declaration.
    pub fn new() -> Xml {
        Xml { out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), open: Vec::new() }
    }

    /// A fragment to be placed inside another document (no declaration).
    pub fn fragment() -> Xml {
        Xml { out: String::new(), open: Vec::new() }
    }

    /// Opens `tag` with `attributes`; `close` ends it.
    pub fn open(&mut self, tag: &'static str, attributes: &[(&str, &str)]) -> &mut Xml {
        self.start_tag(tag, attributes);
        self.out.push('>');
        self.open.push(tag);
        self
    }

    /// Ends the element opened last.
    pub fn close(&mut self) -> &mut Xml {
        if let Some(tag) = self.open.pop() {
            self.out.push_str("</");
            self.out.push_str(tag);
            self.out.push('>');
        }
        self
    }

    /// `<tag attributes>text</tag>`, or `<tag attributes/>` for empty text.
    pub fn leaf(&mut self, tag: &'static str, attributes: &[(&str, &str)], text: &str) -> &mut Xml {
        self.start_tag(tag, attributes);
        if text.is_empty() {
            self.out.push_str("/>");
        } else {
            self.out.push('>');
            escape_into(&mut self.out, text, false);
            self.out.push_str("</");
            self.out.push_str(tag);
            self.out.push('>');
        }
        self
    }

    /// Text inside the open element.
    pub fn text(&mut self, text: &str) -> &mut Xml {
        escape_into(&mut self.out, text, false);
        self
    }

    /// Markup written elsewhere (a fragment), placed as it is.
    pub fn raw(&mut self, markup: &str) -> &mut Xml {
        self.out.push_str(markup);
        self
    }

    /// The document, with every element still open closed.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out
    }

    fn start_tag(&mut self, tag: &str, attributes: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attributes {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value, true);
            self.out.push('"');
        }
    }
}

/// Whether XML 1.0 allows `c` in a document (its `Char` production).
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

fn escape_into(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            // A newline or tab in an attribute would be normalised to a space by the reader.
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\r' => out.push_str("&#13;"),
            c if allowed(c) => out.push(c),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_what_xml_cannot_hold() {
        let mut xml = Xml::fragment();
        xml.open("a", &[("title", "\"x\" & <y>\n")]).text("1 < 2 & \u{0}\u{1b}\u{FFFE}ok \u{1F600}").leaf("b", &[], "").close();
        assert_eq!(xml.finish(), "<a title=\"&quot;x&quot; &amp; &lt;y&gt;&#10;\">1 &lt; 2 &amp; ok \u{1F600}<b/></a>");
    }

    #[test]
    fn finish_closes_what_is_open() {
        let mut xml = Xml::new();
        xml.open("a", &[]).open("b", &[]).leaf("c", &[], "t");
        assert!(xml.finish().ends_with("<a><b><c>t</c></b></a>"));
    }
}
