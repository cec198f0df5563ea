//! Reading a zip container (.docx, .xlsx, .ods) without letting it take the machine: the
//! number of entries, each entry's size and the total unpacked are bounded, and each entry is
//! unpacked against those bounds before any reader trusts it.

use std::io::{Cursor, Read};

use crate::bail;
use crate::message::Result;
use crate::msg;

/// The most any one entry of a .docx or .xlsx may unpack to.
pub const LIMIT: u64 = 64 * 1024 * 1024;

/// The most a zip archive may unpack to, all its entries together.
pub const TOTAL_LIMIT: u64 = 256 * 1024 * 1024;

/// The most entries a zip archive may hold: a Word document or a workbook has a few dozen.
pub const MAX_ENTRIES: usize = 1000;

/// Opens a zip archive, refusing one that is damaged or truncated, or with an entry that would
/// unpack past [`LIMIT`]. `kind` is what to save the file as again (`.docx`), if known.
pub fn open_zip<'a>(
    bytes: &'a [u8],
    shown: &str,
    kind: Option<&str>,
) -> Result<zip::ZipArchive<Cursor<&'a [u8]>>> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(shown, e, kind))?;
    // An annex has a few dozen entries; thousands of them, each pointing at the same
    // compressed block, would each be unpacked below.
    if archive.len() > MAX_ENTRIES {
        bail!(
            msg!(
                "`{shown}` holds {count} files, more than a document or workbook ever does ({max}): it is not read",
                shown,
                count = archive.len(),
                max = MAX_ENTRIES
            )
            .help(msg!("open it and save it again as .docx or .xlsx"))
        );
    }
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|e| damaged(shown, e, kind))?;
        if entry.encrypted() {
            bail!(
                msg!(
                    "`{shown}` is protected by a password, so it cannot be read",
                    shown
                )
                .help(msg!("remove the password, save it, and import again"))
            );
        }
        if entry.size() > LIMIT {
            bail!(too_big(shown, &entry.name().unwrap_or_default()));
        }
    }
    // Sizes can lie: unpack each entry against the limits before any reader trusts it, each
    // entry and all of them together.
    let mut total = 0;
    for index in 0..archive.len() {
        let entry = archive
            .by_index(index)
            .map_err(|e| damaged(shown, e, kind))?;
        let name = entry.name().unwrap_or_default().to_string();
        let room = LIMIT.min(TOTAL_LIMIT - total);
        let unpacked = std::io::copy(&mut entry.take(room + 1), &mut std::io::sink())
            .map_err(|e| damaged(shown, e, kind))?;
        if unpacked > room && room < LIMIT {
            bail!(
                msg!(
                    "`{shown}` would unpack to more than {mib} MiB in all: too large to be an annex (or a zip bomb)",
                    shown,
                    mib = TOTAL_LIMIT >> 20
                )
                .help(msg!(
                    "import the annex alone, saved as .docx, .xlsx or .csv"
                ))
            );
        }
        if unpacked > room {
            bail!(too_big(shown, &name));
        }
        total += unpacked;
    }
    Ok(archive)
}

/// A zip archive that cannot be opened or unpacked, saying why and what to save it as again.
fn damaged(
    shown: &str,
    reason: impl std::fmt::Display,
    kind: Option<&str>,
) -> crate::message::Error {
    let help = match kind {
        Some(kind) => msg!(
            "copy or download it again, or open it and save it again as {kind}",
            kind
        ),
        None => msg!("copy or download it again, or open it and save it again as .docx or .xlsx"),
    };
    msg!(
        "`{shown}` is damaged or truncated ({reason})",
        shown,
        reason
    )
    .help(help)
}

fn too_big(shown: &str, entry: &str) -> crate::message::Error {
    msg!(
        "`{shown}` holds `{entry}`, which would unpack to more than {mib} MiB: too large to be an annex (or a zip bomb)",
        shown,
        entry,
        mib = LIMIT >> 20
    )
    .help(msg!(
        "import the annex alone, saved as .docx, .xlsx or .csv"
    ))
}

/// An entry's bytes, at most [`LIMIT`].
pub fn limited(entry: impl Read, shown: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    entry.take(LIMIT + 1).read_to_end(&mut bytes).map_err(|e| {
        msg!(
            "`{shown}` is damaged or truncated ({reason})",
            shown,
            reason = e
        )
        .help(msg!("open it and save it again"))
    })?;
    if bytes.len() as u64 > LIMIT {
        bail!(too_big(shown, "word/document.xml"));
    }
    Ok(bytes)
}

/// The attribute of an XML element whose local name is `name` (`w:val` is `val`, `table:name`
/// is `name`), its entities resolved.
pub fn attribute(e: &quick_xml::events::BytesStart, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        let key = a.key.local_name();
        let key: &str = key.as_ref();
        (key == name).then(|| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_or_else(|_| a.value.to_string(), |v| v.into_owned())
        })
    })
}
