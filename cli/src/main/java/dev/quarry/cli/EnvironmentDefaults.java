package dev.quarry.cli;

import java.util.function.Function;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Defaults {@code --url} and {@code --password} from the environment. */
final class EnvironmentDefaults implements IDefaultValueProvider {
    private final Function<String, String> environment;

    EnvironmentDefaults(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (argument instanceof OptionSpec option) {
            switch (option.longestName()) {
                case "--url":
                    return environment.apply(Quarry.URL_VARIABLE);
                case "--password":
                    return environment.apply(Quarry.PASSWORD_VARIABLE);
                default:
                    return null;
            }
        }
        return null;
    }
}
