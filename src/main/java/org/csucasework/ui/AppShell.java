package org.csucasework.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;

/** The page shell every view is served in: the product's theme and the page language for screen readers. */
@Theme("casework")
@Meta(name = "description", content = "CSU Casework: the case system of the Community Safety Unit and its partners")
public class AppShell implements AppShellConfigurator {
}
