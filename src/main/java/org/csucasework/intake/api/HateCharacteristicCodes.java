package org.csucasework.intake.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.csucasework.intake.HateCharacteristic;
import org.csucasework.shared.FieldError;

/** Reads {@code hateCharacteristics} as logging and editing take them: codes, each unknown one refused by position. */
final class HateCharacteristicCodes {

    private HateCharacteristicCodes() {
    }

    static Set<HateCharacteristic> parse(List<String> codes, List<FieldError> errors) {
        Set<HateCharacteristic> characteristics = EnumSet.noneOf(HateCharacteristic.class);
        List<String> ticked = codes == null ? List.of() : codes;
        for (int i = 0; i < ticked.size(); i++) {
            String code = ticked.get(i) == null ? "" : ticked.get(i).trim().toUpperCase(Locale.ROOT);
            try {
                characteristics.add(HateCharacteristic.valueOf(code));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("hateCharacteristics[" + i + "]", "Unknown characteristic " + ticked.get(i)
                        + ": one of " + Arrays.toString(HateCharacteristic.values())));
            }
        }
        return characteristics;
    }
}
