package dev.waybill.adapter.datapolicy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal values are masked in the forms vendors and systems echo them; secrets and other text stay intact. */
class LogScrubberTest {

    private static final LogScrubber SCRUBBER = new LogScrubber(List.of("Zephyrine Quillfeather", "zq-7731@example.net",
            "+44 7700 900731", "14 Larkspur Mews", "99731-0477", "39.781731", "-89.650731", "c-1", "O'Neill Way"),
            List.of("placeholder-acme-token"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Zephyrine Quillfeather                          | ****",
        "zephyrine quillfeather                          | ****",
        "ship to ZEPHYRINE QUILLFEATHER, 14 LARKSPUR MEWS | ship to ****, ****",
        "Dear Zephyrine, your parcel                     | Dear ****, your parcel",
        "QUILLFEATHER/ZEPHYRINE                          | ****/****",
        "mailbox zq-7731 is full                         | mailbox **** is full",
        "ZQ-7731@EXAMPLE.NET bounced                     | **** bounced",
        "call +447700900731                              | call +44****",
        "call 07700-900731                               | call 0****",
        "call (7700) 900 731 today                       | call (**** today",
        "zip 997310477                                   | zip ****",
        "at 39.781731,-89.650731                         | at ****,****",
        "Larkspur Mews is closed                         | **** **** is closed",
        "O'Neill Way                                     | ****",
    })
    void personalValuesGoInEveryFormTheyComeBackIn(String text, String scrubbed) {
        assertThat(SCRUBBER.scrubText(text)).isEqualTo(scrubbed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "vendor refused create with 422                  ",
        "Zephyrines and Larkspurs                        ",
        "abc-1                                           ",
        "contract acme-3pl: token placeholder            ",
        "order SO-1001 of 2026-11-27, 14 items, 7700 g    ",
        "Waylon                                          ",
    })
    void otherTextIsLeftAlone(String text) {
        assertThat(SCRUBBER.scrubText(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "c-1                                             | ****",
        "C-1                                             | ****",
        "Bearer placeholder-acme-token                   | Bearer ****",
        "PLACEHOLDER-ACME-TOKEN                          | PLACEHOLDER-ACME-TOKEN",
    })
    void shortValuesOnlyAloneAndSecretsOnlyAsTheyAre(String text, String scrubbed) {
        assertThat(SCRUBBER.scrubText(text)).isEqualTo(scrubbed);
    }

    @Test
    void numbersInJsonAreScrubbedLikeText() {
        assertThat(SCRUBBER.scrubJson(Map.of("latitude", 39.781731, "items", 3)))
                .isEqualTo(Map.of("latitude", "****", "items", 3));
        assertThat(SCRUBBER.scrubAnswer("{\"standardized\":{\"name\":\"ZEPHYRINE QUILLFEATHER\"}}".getBytes()))
                .isEqualTo("{\"standardized\":{\"name\":\"****\"}}");
    }
}
