package vn.openprovince.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in official's home: who they are, where they work and what they can open. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
