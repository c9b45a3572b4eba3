package de.stammkunde.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The browser app's routes all load index.html; the app's router takes over from there. */
@Controller
class SpaController {
    @GetMapping({"/", "/login", "/signup", "/forgot-password", "/reset-password/**", "/verify-email/**", "/admin",
            "/admin/**", "/portal", "/portal/**", "/invite/**", "/survey/**"})
    String index() {
        return "forward:/index.html";
    }
}
