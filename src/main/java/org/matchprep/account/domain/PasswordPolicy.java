package org.matchprep.account.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.passay.DictionaryRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

/**
 * Length over composition (NIST SP 800-63B): at least {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH}
 * characters, long passphrases welcome, no "one digit and one symbol" rules, and the passwords attackers try
 * first refused. A character is a Unicode code point, so an emoji counts once, as people count it; forms
 * therefore set no maxLength (browsers count UTF-16 units and cut silently) and show this refusal instead.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final PasswordPolicy INSTANCE = new PasswordPolicy(loadCommonPasswords());

    private final WordListDictionary commonPasswords;
    private final PasswordValidator validator;

    PasswordPolicy(List<String> common) {
        String[] words = common.stream().map(word -> word.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        this.commonPasswords = new WordListDictionary(new ArrayWordList(words, false, new ArraysSort()));
        // Length is checked in check() by code points; passay's LengthRule counts UTF-16 units and would refuse
        // a passphrase of 65 to 128 emoji or other supplementary characters as "common".
        this.validator = new PasswordValidator(new DictionaryRule(commonPasswords));
    }

    public static PasswordPolicy standard() {
        return INSTANCE;
    }

    /** The message to show for an unacceptable password, or empty when it is fine. */
    public Optional<String> check(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters; a few words in a row make a good password.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters; this password has " + length + ".");
        }
        RuleResult result = validator.validate(new PasswordData(password));
        if (!result.isValid() || isCommonStemWithSuffix(password)) {
            return Optional.of("This password is among the most common ones and easy to guess; choose another.");
        }
        return Optional.empty();
    }

    // "password2026!" is as guessable as "password": attackers append digits and symbols first.
    private boolean isCommonStemWithSuffix(String password) {
        String stem = password.toLowerCase(Locale.ROOT).replaceFirst("[\\d\\p{Punct}\\s]+$", "");
        return !stem.isEmpty() && commonPasswords.search(stem);
    }

    private static List<String> loadCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("account/common-passwords.txt is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
