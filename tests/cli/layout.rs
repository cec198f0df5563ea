//! The shape of the code: its modules depend on each other without a cycle, so that each can
//! be read (and tested) after the ones it uses.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The modules of `src/`: top-level ones by name, and those of `load/`, `import/` and
/// `commands/` as `load::raw` and so on, each with the modules its code (tests apart) names.
fn modules() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = vec![src.clone()];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let relative = path.strip_prefix(&src).unwrap().with_extension("");
        let mut parts: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if parts.last().is_some_and(|p| p == "mod") {
            parts.pop();
        }
        if parts == ["lib"] || parts == ["main"] {
            continue;
        }
        let parent = parts[0].clone();
        let me = match parts.get(1) {
            Some(sub) if is_module(&src, &parent, sub) => format!("{parent}::{sub}"),
            _ => parent.clone(),
        };
        let text = fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut named = BTreeSet::new();
        for (prefix, within) in [("crate::", None), ("super::", Some(&parent))] {
            for (at, _) in code.match_indices(prefix) {
                let rest = &code[at + prefix.len()..];
                let word = |s: &str| -> String {
                    s.chars()
                        .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                        .collect()
                };
                let first = word(rest);
                let target = match within {
                    // `super::raw` inside `load/`: a sibling, when one by that name exists.
                    Some(parent) if is_module(&src, parent, &first) => {
                        format!("{parent}::{first}")
                    }
                    Some(_) => continue,
                    None => {
                        let second = rest[first.len()..]
                            .strip_prefix("::")
                            .map(word)
                            .unwrap_or_default();
                        if is_module(&src, &first, &second) {
                            format!("{first}::{second}")
                        } else if is_module(&src, "", &first) {
                            first
                        } else {
                            // A macro (`crate::msg!`), not a module.
                            continue;
                        }
                    }
                };
                if !target.is_empty() && target != me && !me.starts_with(&format!("{target}::")) {
                    named.insert(target);
                }
            }
        }
        graph.entry(me).or_default().extend(named);
    }
    graph
}

/// Whether `src/PARENT/NAME` is a module of its own (a file or a directory).
fn is_module(src: &Path, parent: &str, name: &str) -> bool {
    !name.is_empty()
        && (src.join(parent).join(format!("{name}.rs")).exists()
            || src.join(parent).join(name).join("mod.rs").exists())
}

/// A cycle through `from`, if there is one: the modules in order.
fn cycle_from(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    let mut stack = vec![(from.to_string(), vec![from.to_string()])];
    let mut seen = BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for next in graph.get(&at).into_iter().flatten() {
            if next == from {
                return Some(path);
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn the_modules_depend_on_each_other_without_a_cycle() {
    let graph = modules();
    // The reader sees the modules it should: a sibling in `load/`, a top-level one.
    assert!(graph["load::join"].contains("load::check"), "{graph:#?}");
    assert!(graph["commands::overdue"].contains("rules"), "{graph:#?}");
    let cycles: Vec<Vec<String>> = graph.keys().filter_map(|m| cycle_from(&graph, m)).collect();
    assert!(cycles.is_empty(), "{cycles:#?}");
}
