//! The Fluent files themselves: every one parses, every language has exactly English's
//! messages, attributes and variables, and English documents each message's variables.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};

use crate::domain::LANGUAGES;

/// What the tests compare of one message: its attributes and the variables of its value and of
/// each attribute.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    attributes: BTreeSet<String>,
    variables: BTreeMap<String, BTreeSet<String>>,
}

fn source(tag: &str) -> String {
    let path = format!(
        "{}/i18n/{tag}/relief-journal.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn parse(tag: &str, text: &str) -> Resource<String> {
    match fluent_syntax::parser::parse(text.to_owned()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("i18n/{tag}/relief-journal.ftl does not parse: {errors:?}"),
    }
}

fn variables_of(pattern: &Pattern<String>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, found);
        }
    }
}

fn variables_of_expression(expression: &Expression<String>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            variables_of_inline(selector, found);
            for variant in variants {
                variables_of(&variant.value, found);
            }
        }
        Expression::Inline(inline) => variables_of_inline(inline, found),
    }
}

fn variables_of_inline(inline: &InlineExpression<String>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.clone());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                variables_of_inline(argument, found);
            }
            for argument in &arguments.named {
                variables_of_inline(&argument.value, found);
            }
        }
        InlineExpression::Placeable { expression } => variables_of_expression(expression, found),
        _ => {}
    }
}

/// Every message of a file by id, with its shape and its comment.
fn messages(tag: &str) -> BTreeMap<String, (Shape, Option<String>)> {
    let text = source(tag);
    let resource = parse(tag, &text);
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Junk { content } = entry {
            panic!("i18n/{tag}/relief-journal.ftl: cannot read {content:?}");
        }
        let Entry::Message(message) = entry else {
            continue;
        };
        let mut variables = BTreeMap::new();
        if let Some(value) = &message.value {
            let mut found = BTreeSet::new();
            variables_of(value, &mut found);
            variables.insert(String::new(), found);
        }
        let mut attributes = BTreeSet::new();
        for attribute in &message.attributes {
            attributes.insert(attribute.id.name.clone());
            let mut found = BTreeSet::new();
            variables_of(&attribute.value, &mut found);
            variables.insert(attribute.id.name.clone(), found);
        }
        let comment = message.comment.map(|comment| comment.content.join("\n"));
        let id = message.id.name.clone();
        let previous = messages.insert(
            id.clone(),
            (
                Shape {
                    attributes,
                    variables,
                },
                comment,
            ),
        );
        assert!(
            previous.is_none(),
            "i18n/{tag}/relief-journal.ftl: {id} twice"
        );
    }
    messages
}

#[test]
fn every_language_has_exactly_the_english_messages_and_variables() {
    let english = messages("en");
    assert!(english.contains_key("language-name"));
    for language in LANGUAGES.iter().filter(|language| language.tag != "en") {
        let tag = language.tag;
        let other = messages(tag);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<&String> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "i18n/{tag}: missing {missing:?}, not in English {extra:?}"
        );
        for (id, (shape, _)) in &english {
            let (other_shape, _) = &other[id];
            assert_eq!(
                shape, other_shape,
                "i18n/{tag}: {id} has other attributes or variables than in English"
            );
        }
    }
}

#[test]
fn english_documents_every_variable() {
    for (id, (shape, comment)) in messages("en") {
        let variables: BTreeSet<&String> = shape.variables.values().flatten().collect();
        for variable in variables {
            let documented = comment
                .as_deref()
                .is_some_and(|comment| comment.contains(&format!("${variable}")));
            assert!(
                documented,
                "i18n/en: {id} uses ${variable} without a comment saying what it is"
            );
        }
    }
}

#[test]
fn no_message_carries_bidi_marks_or_stray_spaces() {
    for language in LANGUAGES {
        let text = source(language.tag);
        for (number, line) in text.lines().enumerate() {
            assert!(
                !line.contains(['\u{2068}', '\u{2069}']),
                "i18n/{}: line {} holds a bidi isolation mark",
                language.tag,
                number + 1
            );
        }
    }
}
